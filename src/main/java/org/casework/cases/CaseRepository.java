package org.casework.cases;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import org.casework.common.PageRequest;
import org.casework.common.ProblemException;

@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<SupportCase, UUID> {

    public SupportCase require(UUID id) {
        SupportCase supportCase = findById(id);
        if (supportCase == null) {
            throw ProblemException.notFound("Case " + id);
        }
        return supportCase;
    }

    /** Checks a case id given in a request body, naming the field when it is unknown. */
    public SupportCase requireReferenced(UUID id, String field) {
        SupportCase supportCase = id == null ? null : findById(id);
        if (supportCase == null) {
            throw ProblemException.invalidBody(field, "is not a known case");
        }
        return supportCase;
    }

    public boolean hasOpenCase(UUID personId, UUID teamId) {
        return count("personId = ?1 and teamId = ?2 and status = ?3", personId, teamId, CaseStatus.OPEN) > 0;
    }

    /** Cases matching every given filter, newest opened first. */
    public List<SupportCase> page(UUID personId, UUID teamId, UUID keyWorkerId, CaseStatus status, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (personId != null) {
            where.append(" and c.personId = :personId");
            params.put("personId", personId);
        }
        if (teamId != null) {
            where.append(" and c.teamId = :teamId");
            params.put("teamId", teamId);
        }
        if (keyWorkerId != null) {
            where.append(" and c.keyWorkerId = :keyWorkerId");
            params.put("keyWorkerId", keyWorkerId);
        }
        if (status != null) {
            where.append(" and c.status = :status");
            params.put("status", status);
        }
        if (!page.isFirst()) {
            where.append(" and (c.openedAt < :afterAt or (c.openedAt = :afterAt and c.id < :afterId))");
            params.put("afterAt", page.afterTimestamp(0));
            params.put("afterId", page.afterUuid(1));
        }
        var query = getEntityManager().createQuery(
                "select c from SupportCase c where " + where + " order by c.openedAt desc, c.id desc",
                SupportCase.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(page.fetchSize()).getResultList();
    }

    public List<Handover> handovers(UUID caseId) {
        return getEntityManager().createQuery(
                "select h from Handover h where h.caseId = :caseId order by h.handedOverAt, h.id", Handover.class)
                .setParameter("caseId", caseId).getResultList();
    }

    public void persist(Handover handover) {
        getEntityManager().persist(handover);
    }
}
