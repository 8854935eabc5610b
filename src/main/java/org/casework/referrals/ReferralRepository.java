package org.casework.referrals;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import org.casework.common.NewestFirst;
import org.casework.common.PageRequest;
import org.casework.common.ProblemException;
import org.casework.security.Caller;
import org.casework.security.TeamScope;

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
        var writable = caller.writeScope();
        if (!(writable.includes(referral.teamId)
                || referral.toTeamId != null && writable.includes(referral.toTeamId))) {
            throw ProblemException.forbidden("Break-glass access is read-only");
        }
        return referral;
    }

    /** Referrals matching every given filter, newest sent first. */
    public List<Referral> page(TeamScope scope, UUID caseId, UUID personId, UUID teamId, UUID toTeamId,
            ReferralStatus status, PageRequest page) {
        return NewestFirst.of(Referral.class, "referral", "r", "sent_at")
                .where("(r.team_id = any(cast(:teams as uuid[])) or r.to_team_id = any(cast(:teams as uuid[])))",
                        "teams", scope.sqlValue())
                .equal("case_id", caseId).equal("person_id", personId).equal("team_id", teamId)
                .equal("to_team_id", toTeamId).equal("status", status)
                .page(getEntityManager(), page);
    }
}
