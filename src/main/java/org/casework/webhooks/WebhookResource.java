package org.casework.webhooks;

import java.net.URI;
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

/** Admins subscribe URLs to the change feed's events, and read and replay what was sent. */
@RolesAllowed(Role.Names.ADMIN)
@Audited(type = WebhookResource.AUDIT_TYPE)
@Path("/api/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebhookResource {

    static final String AUDIT_TYPE = "webhook";

    private static final java.util.Set<String> STATUSES = java.util.Set.of("pending", "delivered", "failed");

    private final WebhookService webhooks;
    private final Paging paging;

    public WebhookResource(WebhookService webhooks, Paging paging) {
        this.webhooks = webhooks;
        this.paging = paging;
    }

    @GET
    public Page<WebhookView> list(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        return paging.page(webhooks.list(paging.request(cursor, limit, 2)), uri);
    }

    @POST
    public Response create(@Valid @NotNull WebhookRequest body) {
        WebhookView webhook = webhooks.create(body);
        return Response.created(URI.create("/api/webhooks/" + webhook.id())).tag(Versions.etag(webhook.version()))
                .entity(webhook).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        WebhookView webhook = webhooks.get(id);
        return Response.ok(webhook).tag(Versions.etag(webhook.version())).build();
    }

    @PUT
    @Path("{id}")
    public Response replace(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull WebhookRequest body) {
        WebhookView webhook = webhooks.replace(id, Versions.fromIfMatch(ifMatch), body);
        return Response.ok(webhook).tag(Versions.etag(webhook.version())).build();
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        webhooks.remove(id, Versions.fromIfMatch(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/deliveries")
    public Page<DeliveryView> deliveries(@PathParam("id") UUID id, @QueryParam("status") String status,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit, @Context UriInfo uri) {
        if (status != null && !STATUSES.contains(status)) {
            throw Params.invalid("status", "must be one of pending, delivered, failed");
        }
        return paging.page(webhooks.deliveries(id, status, paging.request(cursor, limit, 2)), uri);
    }

    @GET
    @Path("{id}/deliveries/{deliveryId}")
    public DeliveryView delivery(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return webhooks.delivery(id, deliveryId);
    }

    @POST
    @Audited(type = "webhook-delivery")
    @Path("{id}/deliveries/{deliveryId}/replay")
    public Response replay(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        // a Response, as every POST answers: a retry with its Idempotency-Key is answered again as one
        return Response.ok(webhooks.replay(id, deliveryId)).build();
    }
}
