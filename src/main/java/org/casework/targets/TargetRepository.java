package org.casework.targets;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import org.casework.common.ProblemException;

@ApplicationScoped
public class TargetRepository implements PanacheRepositoryBase<TeamTarget, UUID> {

    /** A team's targets, oldest first; a team has at most {@link TargetService#MAX_PER_TEAM}. */
    public List<TeamTarget> ofTeam(UUID teamId) {
        return find("teamId = ?1 order by createdAt, id", teamId).list();
    }

    /** The target, when it is one of the team's; another team's is not found, like an unknown id. */
    public TeamTarget require(UUID teamId, UUID id) {
        TeamTarget target = findById(id);
        if (target == null || !target.teamId.equals(teamId)) {
            throw ProblemException.notFound("Target " + id);
        }
        return target;
    }
}
