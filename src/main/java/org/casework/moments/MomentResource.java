package org.casework.moments;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.casework.cases.CaseViews.CaseView;
import org.casework.common.Page;
import org.casework.common.Paging;
import org.casework.common.Params;
import org.casework.common.Versions;
import org.casework.security.Role;

@RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD, Role.Names.INTEGRATION, Role.Names.ADMIN })
@Audited(parent = CaseView.AUDIT_TYPE)
@Path("/api/cases/{caseId}/moments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MomentResource {

    private final MomentService moments;
    private final Paging paging;

    public MomentResource(MomentService moments, Paging paging) {
        this.moments = moments;
        this.paging = paging;
    }

    @GET
    public Page<MomentView> list(@PathParam("caseId") UUID caseId, @QueryParam("type") String type,
            @QueryParam("domain") String domain, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit, @Context UriInfo uri) {
        var fromAt = Params.timestamp("from", from);
        var toAt = Params.timestamp("to", to);
        Params.requireOrdered("from", fromAt, "to", toAt);
        return paging.page(moments.list(caseId, blankToNull(type), blankToNull(domain), fromAt, toAt,
                paging.request(cursor, limit, 2)), uri);
    }

    @POST
    @RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD, Role.Names.INTEGRATION })
    public Response record(@PathParam("caseId") UUID caseId, @Valid @NotNull MomentRequest body) {
        MomentView recorded = moments.record(caseId, body);
        return Response.created(URI.create("/api/cases/" + caseId + "/moments/" + recorded.id()))
                .tag(Versions.etag(recorded.version())).entity(recorded).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id) {
        return withETag(moments.get(caseId, id));
    }

    @PUT
    @RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD })
    @Path("{id}")
    public Response replace(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull MomentRequest body) {
        return withETag(moments.replace(caseId, id, Versions.fromIfMatch(ifMatch), body));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Response withETag(MomentView view) {
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }
}
