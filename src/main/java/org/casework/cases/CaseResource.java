package org.casework.cases;

import java.net.URI;
import java.util.List;
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
import org.casework.cases.CaseRequests.CaseDetails;
import org.casework.cases.CaseRequests.Closure;
import org.casework.cases.CaseRequests.NewCase;
import org.casework.cases.CaseRequests.NewHandover;
import org.casework.cases.CaseViews.CaseView;
import org.casework.cases.CaseViews.HandoverView;
import org.casework.common.Page;
import org.casework.common.Paging;
import org.casework.common.Params;
import org.casework.common.Versions;
import org.casework.security.Role;

@RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD, Role.Names.INTEGRATION, Role.Names.ADMIN })
@Audited(type = CaseView.AUDIT_TYPE)
@Path("/api/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseResource {

    private final CaseService cases;
    private final Paging paging;

    public CaseResource(CaseService cases, Paging paging) {
        this.cases = cases;
        this.paging = paging;
    }

    @GET
    public Page<CaseView> list(@QueryParam("personId") String personId, @QueryParam("teamId") String teamId,
            @QueryParam("keyWorkerId") String keyWorkerId, @QueryParam("status") String status,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit, @Context UriInfo uri) {
        CaseStatus parsedStatus = Params.coded("status", status, CaseStatus.class);
        return paging.page(cases.list(Params.uuid("personId", personId), Params.uuid("teamId", teamId),
                Params.uuid("keyWorkerId", keyWorkerId), parsedStatus, paging.request(cursor, limit, 2)), uri);
    }

    @POST
    @RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD, Role.Names.INTEGRATION })
    public Response open(@Valid @NotNull NewCase body) {
        CaseView opened = cases.open(body);
        return Response.created(URI.create("/api/cases/" + opened.id())).tag(Versions.etag(opened.version()))
                .entity(opened).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        return withETag(cases.get(id));
    }

    @PUT
    @RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD })
    @Path("{id}")
    public Response replaceDetails(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CaseDetails body) {
        return withETag(cases.replaceDetails(id, Versions.fromIfMatch(ifMatch), body));
    }

    @POST
    @RolesAllowed(Role.Names.TEAM_LEAD)
    @Path("{id}/closure")
    public Response close(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull Closure body) {
        return withETag(cases.close(id, Versions.fromIfMatch(ifMatch), body));
    }

    @GET
    @Path("{id}/handovers")
    public List<HandoverView> handovers(@PathParam("id") UUID id) {
        return cases.handovers(id);
    }

    @POST
    @RolesAllowed(Role.Names.TEAM_LEAD)
    @Path("{id}/handovers")
    public Response handOver(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull NewHandover body) {
        HandoverView handover = cases.handOver(id, Versions.fromIfMatch(ifMatch), body);
        return Response.created(URI.create("/api/cases/" + id + "/handovers")).entity(handover).build();
    }

    private static Response withETag(CaseView view) {
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }
}
