package org.casework.scorecard;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.casework.audit.Audited;
import org.casework.common.Params;
import org.casework.security.Role;

@Audited
@Path("/api/teams/{teamId}/scorecard")
@RolesAllowed({ Role.Names.TEAM_LEAD, Role.Names.ADMIN })
@Produces(MediaType.APPLICATION_JSON)
public class ScorecardResource {

    private final ScorecardService scorecards;

    public ScorecardResource(ScorecardService scorecards) {
        this.scorecards = scorecards;
    }

    @GET
    public Scorecard scorecard(@PathParam("teamId") UUID teamId, @QueryParam("period") String period,
            @QueryParam("fastClosureDays") String fastClosureDays, @QueryParam("compare") String compare) {
        boolean withPrevious = compare != null && !compare.isBlank();
        if (withPrevious && !"previous".equals(compare.strip())) {
            throw Params.invalid("compare", "must be previous (the period before, beside this one)");
        }
        return scorecards.scorecard(teamId, period, Params.integer("fastClosureDays", fastClosureDays, 0, 365),
                withPrevious);
    }
}
