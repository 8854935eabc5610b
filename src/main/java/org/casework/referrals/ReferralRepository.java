package org.casework.referrals;

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
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    public Referral require(UUID id) {
        Referral referral = findById(id);
        if (referral == null) {
            throw ProblemException.notFound("Referral " + id);
        }
        return referral;
    }

    /** Referrals matching every given filter, newest sent first. */
    public List<Referral> page(UUID caseId, UUID personId, UUID teamId, UUID toTeamId, ReferralStatus status,
            PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (caseId != null) {
            where.append(" and r.caseId = :caseId");
            params.put("caseId", caseId);
        }
        if (personId != null) {
            where.append(" and r.personId = :personId");
            params.put("personId", personId);
        }
        if (teamId != null) {
            where.append(" and r.teamId = :teamId");
            params.put("teamId", teamId);
        }
        if (toTeamId != null) {
            where.append(" and r.toTeamId = :toTeamId");
            params.put("toTeamId", toTeamId);
        }
        if (status != null) {
            where.append(" and r.status = :status");
            params.put("status", status);
        }
        if (!page.isFirst()) {
            where.append(" and (r.sentAt < :afterAt or (r.sentAt = :afterAt and r.id < :afterId))");
            params.put("afterAt", OffsetDateTime.parse(page.after(0)));
            params.put("afterId", UUID.fromString(page.after(1)));
        }
        var query = getEntityManager().createQuery(
                "select r from Referral r where " + where + " order by r.sentAt desc, r.id desc", Referral.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(page.fetchSize()).getResultList();
    }
}
