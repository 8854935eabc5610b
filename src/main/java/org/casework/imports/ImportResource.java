package org.casework.imports;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.casework.common.Problem.FieldError;
import org.casework.common.ProblemException;
import org.casework.security.Role;

/**
 * Bulk loads: a file of people, cases or interactions, posted once, loaded in the background, its progress and its
 * refused lines readable while it runs. Each record created is audited as the API audits it, when it is loaded.
 */
@RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD, Role.Names.INTEGRATION })
@Audited(type = ImportView.AUDIT_TYPE)
@Path("/api/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    private final ImportService imports;
    private final Paging paging;

    public ImportResource(ImportService imports, Paging paging) {
        this.imports = imports;
        this.paging = paging;
    }

    /** Takes any body, so that who may call is checked before what they sent (401 and 403 before 415). */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response receive(@QueryParam("recordType") String recordType,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        RecordType type = Params.coded("recordType", recordType, RecordType.class);
        if (type == null) {
            throw ProblemException.invalid(FieldError.query("recordType", "is required: people, cases or interactions")
                    .coded("required"));
        }
        FileFormat format = FileFormat.of(contentType).orElseThrow(() -> new ProblemException(415,
                "http-415", "Unsupported Media Type", "Send the file as application/x-ndjson or text/csv",
                List.of(FieldError.header(HttpHeaders.CONTENT_TYPE, "must be application/x-ndjson or text/csv"))));
        ImportView received = imports.receive(type, format, body);
        return Response.accepted(received).location(URI.create("/api/imports/" + received.id())).build();
    }

    @GET
    public Page<ImportView> list(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        return paging.page(imports.list(paging.request(cursor, limit, 2)), uri);
    }

    @GET
    @Path("{id}")
    public ImportView get(@PathParam("id") UUID id) {
        return imports.get(id);
    }

    @GET
    @Path("{id}/problems")
    public Page<LineProblem> problems(@PathParam("id") UUID id, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit, @Context UriInfo uri) {
        return paging.page(imports.problems(id, paging.request(cursor, limit, 1)), uri);
    }
}
