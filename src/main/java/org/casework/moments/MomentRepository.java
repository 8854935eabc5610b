package org.casework.moments;

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
public class MomentRepository implements PanacheRepositoryBase<Moment, UUID> {



    /**
     * The moment, when it belongs to that case and the caller may read its team's records: an id under another
     * case, or of another team, is not found.
     */
    public Moment require(UUID caseId, UUID id, TeamScope scope) {
        Moment moment = findById(id);
        if (moment == null || !moment.caseId.equals(caseId) || !scope.reads(moment.teamId)) {
            throw ProblemException.notFound("Moment " + id + " on case " + caseId);
        }
        scope.require("Moment " + id + " on case " + caseId, moment.teamId);
        return moment;
    }

    /** A case's moments matching the filters, most recent first. */
    public List<Moment> page(UUID caseId, String type, String domain, OffsetDateTime from, OffsetDateTime to,
            PageRequest page) {
        return NewestFirst.of(Moment.class, "moment", "m", "occurred_at")
                .equal("case_id", caseId).equal("type", type)
                .where("exists (select 1 from moment_domain d where d.moment_id = m.id and d.domain = :domain)",
                        "domain", domain)
                .where("m.occurred_at >= :from", "from", from).where("m.occurred_at <= :to", "to", to)
                .page(getEntityManager(), page);
    }
}
