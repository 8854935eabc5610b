package org.casework.cases;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import org.casework.common.PageRequest;
import org.casework.common.ProblemException;
import org.casework.security.Caller;

@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<SupportCase, UUID> {

    private final Caller caller;

    public CaseRepository(Caller caller) {
        this.caller = caller;
    }

    /** The case, when the caller may read it: another team's case is not found, like an unknown id. */
    public SupportCase require(UUID id) {
        SupportCase supportCase = findById(id);
        if (supportCase == null || !caller.canRead(supportCase.teamId)) {
            throw ProblemException.notFound("Case " + id);
        }
        return supportCase;
    }

    /** The case, when the caller may change it (404 outside their teams, 403 when read-only). */
    public SupportCase requireWritable(UUID id) {
        SupportCase supportCase = require(id);
        caller.requireWritable(supportCase.teamId, "Case " + id);
        return supportCase;
    }

    /** Checks a case id given in a request body, naming the field when it is unknown or not the caller's. */
    public SupportCase requireReferenced(UUID id, String field) {
        SupportCase supportCase = id == null ? null : findById(id);
        if (supportCase == null || !caller.canRead(supportCase.teamId)) {
            throw ProblemException.invalidBody(field, "is not a known case");
        }
        caller.requireWritable(supportCase.teamId, "Case " + id);
        return supportCase;
    }

    public boolean hasOpenCase(UUID personId, UUID teamId) {
        return count("personId = ?1 and teamId = ?2 and status = ?3", personId, teamId, CaseStatus.OPEN) > 0;
    }

    /** Cases matching every given filter, newest opened first. */
    public List<SupportCase> page(UUID personId, UUID teamId, UUID keyWorkerId, CaseStatus status, PageRequest page) {
        Set<UUID> teams = caller.readableTeams();
        if (teams != null && teams.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (teams != null) {
            where.append(" and c.teamId in :teams");
            params.put("teams", teams);
        }
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
