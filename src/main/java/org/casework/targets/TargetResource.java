package org.casework.targets;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casework.audit.Audited;
import org.casework.common.Versions;
import org.casework.security.Role;
import org.casework.targets.TargetViews.TargetRequest;
import org.casework.targets.TargetViews.TargetView;
import org.casework.teams.TeamView;

@Audited(type = "target", parent = TeamView.AUDIT_TYPE)
@Path("/api/teams/{teamId}/targets")
@RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD, Role.Names.INTEGRATION, Role.Names.ADMIN })
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TargetResource {

    private final TargetService targets;

    public TargetResource(TargetService targets) {
        this.targets = targets;
    }

    @GET
    public List<TargetView> list(@PathParam("teamId") UUID teamId) {
        return targets.list(teamId);
    }

    @POST
    @RolesAllowed({ Role.Names.TEAM_LEAD, Role.Names.ADMIN })
    public Response create(@PathParam("teamId") UUID teamId, @Valid @NotNull TargetRequest body) {
        TargetView target = targets.create(teamId, body);
        return Response.created(URI.create("/api/teams/" + teamId + "/targets/" + target.id()))
                .tag(Versions.etag(target.version())).entity(target).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("teamId") UUID teamId, @PathParam("id") UUID id) {
        TargetView target = targets.get(teamId, id);
        return Response.ok(target).tag(Versions.etag(target.version())).build();
    }

    @PUT
    @RolesAllowed({ Role.Names.TEAM_LEAD, Role.Names.ADMIN })
    @Path("{id}")
    public Response replace(@PathParam("teamId") UUID teamId, @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull TargetRequest body) {
        TargetView target = targets.replace(teamId, id, Versions.fromIfMatch(ifMatch), body);
        return Response.ok(target).tag(Versions.etag(target.version())).build();
    }

    @DELETE
    @RolesAllowed({ Role.Names.TEAM_LEAD, Role.Names.ADMIN })
    @Path("{id}")
    public Response remove(@PathParam("teamId") UUID teamId, @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        targets.remove(teamId, id, Versions.fromIfMatch(ifMatch));
        return Response.noContent().build();
    }
}
