package org.casework.workers;

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
import org.casework.common.Params;
import org.casework.common.Versions;
import org.casework.security.Role;

@RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD, Role.Names.INTEGRATION, Role.Names.ADMIN })
@Audited(type = "worker")
@Path("/api/workers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkerResource {

    private final WorkerService workers;
    private final Paging paging;

    public WorkerResource(WorkerService workers, Paging paging) {
        this.workers = workers;
        this.paging = paging;
    }

    @GET
    public Page<WorkerView> list(@QueryParam("teamId") String teamId, @QueryParam("active") String active,
            @QueryParam("username") String username, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit, @Context UriInfo uri) {
        String name = username == null || username.isBlank() ? null : username.strip();
        if (name != null && name.length() > 100) {
            throw Params.invalid("username", "must be at most 100 characters");
        }
        return paging.page(workers.list(Params.uuid("teamId", teamId), Params.bool("active", active), name,
                paging.request(cursor, limit, 2)), uri);
    }

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    public Response create(@Valid @NotNull WorkerRequest body) {
        WorkerView worker = workers.create(body);
        return Response.created(URI.create("/api/workers/" + worker.id())).tag(Versions.etag(worker.version()))
                .entity(worker).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        WorkerView worker = workers.get(id);
        return Response.ok(worker).tag(Versions.etag(worker.version())).build();
    }

    @PUT
    @RolesAllowed(Role.Names.ADMIN)
    @Path("{id}")
    public Response replace(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull WorkerRequest body) {
        WorkerView worker = workers.replace(id, Versions.fromIfMatch(ifMatch), body);
        return Response.ok(worker).tag(Versions.etag(worker.version())).build();
    }
}
