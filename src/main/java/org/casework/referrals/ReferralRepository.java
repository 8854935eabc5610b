package org.casework.referrals;

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
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    private final Caller caller;

    public ReferralRepository(Caller caller) {
        this.caller = caller;
    }

    /** A referral is seen by the team that sent it and the team it was sent to; anyone else gets 404. */
    public Referral require(UUID id) {
        Referral referral = findById(id);
        if (referral == null || !(caller.canRead(referral.teamId)
                || referral.toTeamId != null && caller.canRead(referral.toTeamId))) {
            throw ProblemException.notFound("Referral " + id);
        }
        return referral;
    }

    /** Either end of the referral may change it: the sender withdraws nothing here, the receiver answers. */
    public Referral requireWritable(UUID id) {
        Referral referral = require(id);
        var writable = caller.writableTeams();
        if (writable != null && !(writable.contains(referral.teamId)
                || referral.toTeamId != null && writable.contains(referral.toTeamId))) {
            throw ProblemException.forbidden("Break-glass access is read-only");
        }
        return referral;
    }

    /** Referrals matching every given filter, newest sent first. */
    public List<Referral> page(UUID caseId, UUID personId, UUID teamId, UUID toTeamId, ReferralStatus status,
            PageRequest page) {
        var teams = caller.readableTeams();
        if (teams != null && teams.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (teams != null) {
            where.append(" and (r.teamId in :teams or r.toTeamId in :teams)");
            params.put("teams", teams);
        }
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
            params.put("afterAt", page.afterTimestamp(0));
            params.put("afterId", page.afterUuid(1));
        }
        var query = getEntityManager().createQuery(
                "select r from Referral r where " + where + " order by r.sentAt desc, r.id desc", Referral.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(page.fetchSize()).getResultList();
    }
}
