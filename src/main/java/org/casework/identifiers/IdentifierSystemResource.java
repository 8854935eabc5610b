package org.casework.identifiers;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.casework.audit.Audited;
import org.casework.common.Page;
import org.casework.common.Paging;
import org.casework.security.Role;

/** The identifier systems: reference data that everyone reads and admins add free-form systems to. */
@RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD, Role.Names.INTEGRATION, Role.Names.ADMIN })
// the audit log has always called a new system by its collection's name, plural
@Audited(type = "identifier-systems")
@Path("/api/identifier-systems")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IdentifierSystemResource {

    private final IdentifierSystemService systems;
    private final Paging paging;

    public IdentifierSystemResource(IdentifierSystemService systems, Paging paging) {
        this.systems = systems;
        this.paging = paging;
    }

    @GET
    public Page<IdentifierSystemView> list(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        return paging.page(systems.list(paging.request(cursor, limit, 1)), uri);
    }

    @GET
    @Path("{code}")
    public IdentifierSystemView get(@PathParam("code") String code) {
        return systems.get(code);
    }

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    public Response define(@Valid @NotNull NewIdentifierSystem body) {
        IdentifierSystemView created = systems.define(body);
        return Response.created(URI.create("/api/identifier-systems/" + created.code())).entity(created).build();
    }
}
