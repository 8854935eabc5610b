package org.casework.interactions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import org.casework.common.NewestFirst;
import org.casework.common.PageRequest;
import org.casework.common.ProblemException;
import org.casework.security.TeamScope;

@ApplicationScoped
public class InteractionRepository implements PanacheRepositoryBase<Interaction, UUID> {



    /**
     * The interaction, when it belongs to that case and the caller may read its team's records: an id under
     * another case, or of another team, is not found.
     */
    public Interaction require(UUID caseId, UUID id, TeamScope scope) {
        Interaction interaction = findById(id);
        if (interaction == null || !interaction.caseId.equals(caseId) || !scope.reads(interaction.teamId)) {
            throw ProblemException.notFound("Interaction " + id + " on case " + caseId);
        }
        scope.require("Interaction " + id + " on case " + caseId, interaction.teamId);
        return interaction;
    }

    /** A case's interactions matching the filters, most recent first. */
    public List<Interaction> page(UUID caseId, OffsetDateTime from, OffsetDateTime to, ContactStatus status,
            PageRequest page) {
        return NewestFirst.of(Interaction.class, "interaction", "i", "occurred_at")
                .equal("case_id", caseId)
                .where("i.occurred_at >= :from", "from", from).where("i.occurred_at <= :to", "to", to)
                .equal("contact_status", status)
                .page(getEntityManager(), page);
    }
}
