package org.casework.referrals;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import org.casework.common.NewestFirst;
import org.casework.common.PageRequest;
import org.casework.common.ProblemException;
import org.casework.security.TeamScope;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {



    /**
     * A referral is in scope for the team that sent it and the team it was sent to (either end may change it: the
     * receiver answers); anyone else gets 404, or 403 when they may only read it.
     */
    public Referral require(UUID id, TeamScope scope) {
        Referral referral = findById(id);
        if (referral == null) {
            throw ProblemException.notFound("Referral " + id);
        }
        scope.require("Referral " + id, referral.teamId, referral.toTeamId);
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
