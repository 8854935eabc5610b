package org.casework.referrals;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.casework.common.Coded;
import org.casework.common.Page;
import org.casework.common.Paging;
import org.casework.common.Params;
import org.casework.common.Versions;
import org.casework.referrals.ReferralRequests.NewReferral;
import org.casework.referrals.ReferralRequests.StatusChange;
import org.casework.security.Role;

@RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD, Role.Names.INTEGRATION, Role.Names.ADMIN })
@Audited(type = ReferralView.AUDIT_TYPE)
@Path("/api/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferralResource {

    private final ReferralService referrals;
    private final Paging paging;

    public ReferralResource(ReferralService referrals, Paging paging) {
        this.referrals = referrals;
        this.paging = paging;
    }

    @GET
    public Page<ReferralView> list(@QueryParam("caseId") String caseId, @QueryParam("personId") String personId,
            @QueryParam("teamId") String teamId, @QueryParam("toTeamId") String toTeamId,
            @QueryParam("status") String status, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit, @Context UriInfo uri) {
        ReferralStatus parsedStatus = null;
        if (status != null && !status.isBlank()) {
            try {
                parsedStatus = Coded.fromCode(ReferralStatus.class, status.trim());
            } catch (IllegalArgumentException e) {
                throw Params.invalid("status", "must be sent, acknowledged, accepted, declined or no-response");
            }
        }
        return paging.page(referrals.list(Params.uuid("caseId", caseId), Params.uuid("personId", personId),
                Params.uuid("teamId", teamId), Params.uuid("toTeamId", toTeamId), parsedStatus,
                paging.request(cursor, limit, 2)), uri);
    }

    @POST
    @RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD, Role.Names.INTEGRATION })
    public Response send(@Valid @NotNull NewReferral body) {
        ReferralView sent = referrals.send(body);
        return Response.created(URI.create("/api/referrals/" + sent.id())).tag(Versions.etag(sent.version()))
                .entity(sent).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        return withETag(referrals.get(id));
    }

    @POST
    @RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD })
    @Path("{id}/status")
    public Response changeStatus(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull StatusChange body) {
        return withETag(referrals.changeStatus(id, Versions.fromIfMatch(ifMatch), body));
    }

    private static Response withETag(ReferralView view) {
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }
}
