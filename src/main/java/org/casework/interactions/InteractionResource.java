package org.casework.interactions;

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
import org.casework.cases.CaseViews.CaseView;
import org.casework.common.Page;
import org.casework.common.Paging;
import org.casework.common.Params;
import org.casework.common.Versions;
import org.casework.security.Role;

@RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD, Role.Names.INTEGRATION, Role.Names.ADMIN })
@Audited(parent = CaseView.AUDIT_TYPE)
@Path("/api/cases/{caseId}/interactions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InteractionResource {

    private final InteractionService interactions;
    private final Paging paging;

    public InteractionResource(InteractionService interactions, Paging paging) {
        this.interactions = interactions;
        this.paging = paging;
    }

    @GET
    public Page<InteractionView> list(@PathParam("caseId") UUID caseId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("contactStatus") String contactStatus,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit, @Context UriInfo uri) {
        var fromAt = Params.timestamp("from", from);
        var toAt = Params.timestamp("to", to);
        Params.requireOrdered("from", fromAt, "to", toAt);
        ContactStatus status = Params.coded("contactStatus", contactStatus, ContactStatus.class);
        return paging.page(interactions.list(caseId, fromAt, toAt, status, paging.request(cursor, limit, 2)), uri);
    }

    @POST
    @RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD, Role.Names.INTEGRATION })
    public Response record(@PathParam("caseId") UUID caseId, @Valid @NotNull InteractionRequest body) {
        InteractionView recorded = interactions.record(caseId, body);
        return Response.created(URI.create("/api/cases/" + caseId + "/interactions/" + recorded.id()))
                .tag(Versions.etag(recorded.version())).entity(recorded).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id) {
        return withETag(interactions.get(caseId, id));
    }

    @PUT
    @RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD })
    @Path("{id}")
    public Response replace(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull InteractionRequest body) {
        return withETag(interactions.replace(caseId, id, Versions.fromIfMatch(ifMatch), body));
    }

    private static Response withETag(InteractionView view) {
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }
}
