package org.casework.teams;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.casework.audit.Audited;
import org.casework.common.Page;
import org.casework.common.Paging;
import org.casework.common.Versions;
import org.casework.security.Role;

@RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD, Role.Names.INTEGRATION, Role.Names.ADMIN })
@Audited(type = TeamView.AUDIT_TYPE)
@Path("/api/teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeamResource {

    private final TeamService teams;
    private final Paging paging;

    public TeamResource(TeamService teams, Paging paging) {
        this.teams = teams;
        this.paging = paging;
    }

    @GET
    public Page<TeamView> list(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        return paging.page(teams.list(paging.request(cursor, limit, 2)), uri);
    }

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    public Response create(@Valid @NotNull TeamRequest body) {
        TeamView team = teams.create(body);
        return Response.created(URI.create("/api/teams/" + team.id())).tag(Versions.etag(team.version()))
                .entity(team).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        TeamView team = teams.get(id);
        return Response.ok(team).tag(Versions.etag(team.version())).build();
    }

    @PUT
    @RolesAllowed(Role.Names.ADMIN)
    @Path("{id}")
    public Response replace(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TeamRequest body) {
        TeamView team = teams.replace(id, Versions.fromIfMatch(ifMatch), body);
        return Response.ok(team).tag(Versions.etag(team.version())).build();
    }
}
