package org.casework.cases;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import org.casework.common.NewestFirst;
import org.casework.common.PageRequest;
import org.casework.common.ProblemException;
import org.casework.security.TeamScope;

@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<SupportCase, UUID> {



    /**
     * The case, when it is in scope: another team's case is not found, like an unknown id (with a scope of changes,
     * one the caller may only read is forbidden).
     */
    public SupportCase require(UUID id, TeamScope scope) {
        SupportCase supportCase = findById(id);
        if (supportCase == null) {
            throw ProblemException.notFound("Case " + id);
        }
        scope.require("Case " + id, supportCase.teamId);
        return supportCase;
    }

    /** Checks a case id given in a request body for a change, naming the field when it is unknown or unseen. */
    public SupportCase requireReferenced(UUID id, String field, TeamScope changes) {
        SupportCase supportCase = id == null ? null : findById(id);
        if (supportCase == null || !changes.reads(supportCase.teamId)) {
            throw ProblemException.invalidBody(field, "is not a known case");
        }
        changes.require("Case " + id, supportCase.teamId);
        return supportCase;
    }

    public boolean hasOpenCase(UUID personId, UUID teamId) {
        return count("personId = ?1 and teamId = ?2 and status = ?3", personId, teamId, CaseStatus.OPEN) > 0;
    }

    /** Cases matching every given filter, newest opened first. */
    public List<SupportCase> page(TeamScope scope, UUID personId, UUID teamId, UUID keyWorkerId, CaseStatus status,
            PageRequest page) {
        return list(scope, personId, teamId, keyWorkerId, status).page(getEntityManager(), page);
    }

    /** The list query for cases in the scope, as {@code make bench} times it too. */
    public static NewestFirst<SupportCase> list(TeamScope scope, UUID personId, UUID teamId, UUID keyWorkerId,
            CaseStatus status) {
        return NewestFirst.of(SupportCase.class, "support_case", "c", "opened_at")
                .where("c.team_id = any(cast(:teams as uuid[]))", "teams", scope.sqlValue())
                .equal("person_id", personId).equal("team_id", teamId).equal("key_worker_id", keyWorkerId)
                .equal("status", status);
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
