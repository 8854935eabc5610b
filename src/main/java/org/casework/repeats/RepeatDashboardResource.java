package org.casework.repeats;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.casework.audit.Audited;
import org.casework.common.CaseworkConfig;
import org.casework.common.Params;
import org.casework.security.Role;

@Audited
@Path("/api/dashboards/repeat-presentations")
@RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD, Role.Names.ADMIN })
@Produces(MediaType.APPLICATION_JSON)
public class RepeatDashboardResource {

    private final RepeatService repeats;
    private final CaseworkConfig config;

    public RepeatDashboardResource(RepeatService repeats, CaseworkConfig config) {
        this.repeats = repeats;
        this.config = config;
    }

    @GET
    public RepeatDashboard dashboard(@QueryParam("team") String team, @QueryParam("issue") String issue,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("windowDays") String windowDays, @QueryParam("frequentDays") String frequentDays,
            @QueryParam("limit") String limit) {
        return repeats.dashboard(Params.uuid("team", team), issue == null || issue.isBlank() ? null : issue.strip(),
                Params.date("from", from), Params.date("to", to), Params.integer("windowDays", windowDays, 1, 365),
                Params.integer("frequentDays", frequentDays, 2, 366),
                Params.integer("limit", limit, 1, config.paging().maxLimit()));
    }
}
