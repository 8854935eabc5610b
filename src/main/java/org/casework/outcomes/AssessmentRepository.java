package org.casework.outcomes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import org.casework.common.PageRequest;
import org.casework.common.ProblemException;
import org.casework.security.TeamScope;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, UUID> {



    /** The assessment, when it belongs to that case and the caller may read its team's records. */
    public Assessment require(UUID caseId, UUID id, TeamScope scope) {
        Assessment assessment = findById(id);
        if (assessment == null || !assessment.caseId.equals(caseId) || !scope.reads(assessment.teamId)) {
            throw ProblemException.notFound("Assessment " + id + " on case " + caseId);
        }
        scope.require("Assessment " + id + " on case " + caseId, assessment.teamId);
        return assessment;
    }

    /** A case's assessments matching the filters, most recent first. */
    public List<Assessment> page(UUID caseId, UUID instrumentId, Respondent respondent, PageRequest page) {
        StringBuilder where = new StringBuilder("a.caseId = :caseId");
        Map<String, Object> params = new HashMap<>();
        params.put("caseId", caseId);
        if (instrumentId != null) {
            where.append(" and a.instrumentId = :instrumentId");
            params.put("instrumentId", instrumentId);
        }
        if (respondent != null) {
            where.append(" and a.respondent = :respondent");
            params.put("respondent", respondent);
        }
        if (!page.isFirst()) {
            where.append(" and (a.assessedAt < :afterAt or (a.assessedAt = :afterAt and a.id < :afterId))");
            params.put("afterAt", page.afterTimestamp(0));
            params.put("afterId", page.afterUuid(1));
        }
        var query = getEntityManager().createQuery(
                "select a from Assessment a where " + where + " order by a.assessedAt desc, a.id desc",
                Assessment.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(page.fetchSize()).getResultList();
    }
}
