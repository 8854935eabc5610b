package org.casework.interactions;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import org.casework.common.PageRequest;
import org.casework.common.ProblemException;
import org.casework.security.Caller;

@ApplicationScoped
public class InteractionRepository implements PanacheRepositoryBase<Interaction, UUID> {

    private final Caller caller;

    public InteractionRepository(Caller caller) {
        this.caller = caller;
    }

    /**
     * The interaction, when it belongs to that case and the caller may read its team's records: an id under
     * another case, or of another team, is not found.
     */
    public Interaction require(UUID caseId, UUID id) {
        Interaction interaction = findById(id);
        if (interaction == null || !interaction.caseId.equals(caseId) || !caller.canRead(interaction.teamId)) {
            throw ProblemException.notFound("Interaction " + id + " on case " + caseId);
        }
        return interaction;
    }

    /** A case's interactions matching the filters, most recent first. */
    public List<Interaction> page(UUID caseId, OffsetDateTime from, OffsetDateTime to, ContactStatus status,
            PageRequest page) {
        StringBuilder where = new StringBuilder("i.caseId = :caseId");
        Map<String, Object> params = new HashMap<>();
        params.put("caseId", caseId);
        if (from != null) {
            where.append(" and i.occurredAt >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and i.occurredAt <= :to");
            params.put("to", to);
        }
        if (status != null) {
            where.append(" and i.contactStatus = :status");
            params.put("status", status);
        }
        if (!page.isFirst()) {
            where.append(" and (i.occurredAt < :afterAt or (i.occurredAt = :afterAt and i.id < :afterId))");
            params.put("afterAt", page.afterTimestamp(0));
            params.put("afterId", page.afterUuid(1));
        }
        var query = getEntityManager().createQuery(
                "select i from Interaction i where " + where
                         + " order by i.occurredAt desc, i.id desc",
                Interaction.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(page.fetchSize()).getResultList();
    }
}
