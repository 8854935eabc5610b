package org.casework.moments;

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
public class MomentRepository implements PanacheRepositoryBase<Moment, UUID> {

    private final Caller caller;

    public MomentRepository(Caller caller) {
        this.caller = caller;
    }

    /**
     * The moment, when it belongs to that case and the caller may read its team's records: an id under another
     * case, or of another team, is not found.
     */
    public Moment require(UUID caseId, UUID id) {
        Moment moment = findById(id);
        if (moment == null || !moment.caseId.equals(caseId) || !caller.canRead(moment.teamId)) {
            throw ProblemException.notFound("Moment " + id + " on case " + caseId);
        }
        return moment;
    }

    /** A case's moments matching the filters, most recent first. */
    public List<Moment> page(UUID caseId, String type, String domain, OffsetDateTime from, OffsetDateTime to,
            PageRequest page) {
        StringBuilder where = new StringBuilder("m.caseId = :caseId");
        Map<String, Object> params = new HashMap<>();
        params.put("caseId", caseId);
        if (type != null) {
            where.append(" and m.type = :type");
            params.put("type", type);
        }
        if (domain != null) {
            where.append(" and :domain member of m.domains");
            params.put("domain", domain);
        }
        if (from != null) {
            where.append(" and m.occurredAt >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and m.occurredAt <= :to");
            params.put("to", to);
        }
        if (!page.isFirst()) {
            where.append(" and (m.occurredAt < :afterAt or (m.occurredAt = :afterAt and m.id < :afterId))");
            params.put("afterAt", page.afterTimestamp(0));
            params.put("afterId", page.afterUuid(1));
        }
        var query = getEntityManager().createQuery(
                "select m from Moment m where " + where + " order by m.occurredAt desc, m.id desc", Moment.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(page.fetchSize()).getResultList();
    }
}
