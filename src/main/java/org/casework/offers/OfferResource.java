package org.casework.offers;

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
import org.casework.offers.OfferRequests.NewOffer;
import org.casework.offers.OfferRequests.OfferResponse;
import org.casework.offers.OfferRequests.Withdrawal;
import org.casework.security.Role;

@RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD, Role.Names.INTEGRATION, Role.Names.ADMIN })
@Audited(type = OfferView.AUDIT_TYPE)
@Path("/api/offers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OfferResource {

    private final OfferService offers;
    private final Paging paging;

    public OfferResource(OfferService offers, Paging paging) {
        this.offers = offers;
        this.paging = paging;
    }

    @GET
    public Page<OfferView> list(@QueryParam("caseId") String caseId, @QueryParam("personId") String personId,
            @QueryParam("teamId") String teamId, @QueryParam("status") String status,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit, @Context UriInfo uri) {
        OfferStatus parsedStatus = null;
        if (status != null && !status.isBlank()) {
            try {
                parsedStatus = Coded.fromCode(OfferStatus.class, status.trim());
            } catch (IllegalArgumentException e) {
                throw Params.invalid("status", "must be offered, accepted, declined or withdrawn");
            }
        }
        return paging.page(offers.list(Params.uuid("caseId", caseId), Params.uuid("personId", personId),
                Params.uuid("teamId", teamId), parsedStatus, paging.request(cursor, limit, 2)), uri);
    }

    @POST
    @RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD, Role.Names.INTEGRATION })
    public Response make(@Valid @NotNull NewOffer body) {
        OfferView made = offers.make(body);
        return Response.created(URI.create("/api/offers/" + made.id())).tag(Versions.etag(made.version()))
                .entity(made).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        return withETag(offers.get(id));
    }

    @POST
    @RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD })
    @Path("{id}/response")
    public Response respond(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OfferResponse body) {
        return withETag(offers.respond(id, Versions.fromIfMatch(ifMatch), body));
    }

    @POST
    @RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD })
    @Path("{id}/withdrawal")
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull Withdrawal body) {
        return withETag(offers.withdraw(id, Versions.fromIfMatch(ifMatch), body));
    }

    private static Response withETag(OfferView view) {
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }
}
