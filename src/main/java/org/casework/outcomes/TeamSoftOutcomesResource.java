package org.casework.outcomes;

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
@Path("/api/teams/{teamId}/soft-outcomes")
@RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD, Role.Names.ADMIN })
@Produces(MediaType.APPLICATION_JSON)
public class TeamSoftOutcomesResource {

    private final TeamSoftOutcomesService summaries;

    public TeamSoftOutcomesResource(TeamSoftOutcomesService summaries) {
        this.summaries = summaries;
    }

    @GET
    public TeamSoftOutcomes summary(@PathParam("teamId") UUID teamId, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return summaries.summary(teamId, Params.date("from", from), Params.date("to", to));
    }
}
