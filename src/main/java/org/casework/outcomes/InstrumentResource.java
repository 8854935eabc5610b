package org.casework.outcomes;

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
import org.casework.common.ProblemException;
import org.casework.common.Versions;
import org.casework.outcomes.InstrumentRequests.Definition;
import org.casework.outcomes.InstrumentRequests.NewInstrument;
import org.casework.security.Role;

/** Validated scales as data: everyone who reads casework reads them; admins define them and their versions. */
@RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD, Role.Names.INTEGRATION, Role.Names.ADMIN })
@Audited(type = "instrument")
@Path("/api/instruments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InstrumentResource {

    private final InstrumentService instruments;
    private final Paging paging;

    public InstrumentResource(InstrumentService instruments, Paging paging) {
        this.instruments = instruments;
        this.paging = paging;
    }

    @GET
    public Page<InstrumentView> list(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        return paging.page(instruments.list(paging.request(cursor, limit, 1)), uri);
    }

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    public Response define(@Valid @NotNull NewInstrument body) {
        return created(instruments.define(body));
    }

    @GET
    @Path("{code}")
    public Response current(@PathParam("code") String code) {
        return withETag(instruments.current(code));
    }

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    @Audited(type = "instrument-version")
    @Path("{code}/versions")
    public Response newVersion(@PathParam("code") String code, @Valid @NotNull Definition body) {
        return created(instruments.newVersion(code, body));
    }

    @GET
    @Path("{code}/versions/{version}")
    public Response version(@PathParam("code") String code, @PathParam("version") String version) {
        int number;
        try {
            number = Integer.parseInt(version);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("Version " + version + " of instrument " + code);
        }
        return withETag(instruments.version(code, number));
    }

    private static Response created(InstrumentView view) {
        return Response.created(URI.create("/api/instruments/" + view.code() + "/versions/" + view.version()))
                .tag(Versions.etag(view.version())).entity(view).build();
    }

    private static Response withETag(InstrumentView view) {
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }
}
