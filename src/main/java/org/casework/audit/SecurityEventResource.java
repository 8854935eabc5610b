package org.casework.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.casework.common.Page;
import org.casework.common.Paging;
import org.casework.common.Params;
import org.casework.security.Role;

/** Refused requests, for an admin looking into misuse: who was refused what, and how. */
@RolesAllowed(Role.Names.ADMIN)
@Audited
@Path("/api/security-events")
@Produces(MediaType.APPLICATION_JSON)
public class SecurityEventResource {

    private final SecurityEventService events;
    private final Paging paging;

    public SecurityEventResource(SecurityEventService events, Paging paging) {
        this.events = events;
        this.paging = paging;
    }

    @GET
    public Page<SecurityEventView> list(@QueryParam("username") String username, @QueryParam("status") String status,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit, @Context UriInfo uri) {
        var fromAt = Params.timestamp("from", from);
        var toAt = Params.timestamp("to", to);
        Params.requireOrdered("from", fromAt, "to", toAt);
        var filter = new SecurityEventRepository.Filter(username == null || username.isBlank() ? null : username.strip(),
                Params.integer("status", status, 400, 499), fromAt, toAt);
        return paging.page(events.list(filter, paging.request(cursor, limit, 2)), uri);
    }
}
