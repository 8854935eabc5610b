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

@RolesAllowed(Role.Names.ADMIN)
@Audited
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditService audit;
    private final Paging paging;

    public AuditResource(AuditService audit, Paging paging) {
        this.audit = audit;
        this.paging = paging;
    }

    @GET
    public Page<AuditEventView> list(@QueryParam("personId") String personId, @QueryParam("workerId") String workerId,
            @QueryParam("username") String username, @QueryParam("action") String action,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit, @Context UriInfo uri) {
        var fromAt = Params.timestamp("from", from);
        var toAt = Params.timestamp("to", to);
        Params.requireOrdered("from", fromAt, "to", toAt);
        var filter = new AuditRepository.Filter(Params.uuid("personId", personId), Params.uuid("workerId", workerId),
                username == null || username.isBlank() ? null : username.strip(),
                Params.coded("action", action, AuditAction.class), fromAt, toAt);
        return paging.page(audit.list(filter, paging.request(cursor, limit, 2)), uri);
    }
}
