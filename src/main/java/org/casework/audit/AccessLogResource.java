package org.casework.audit;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.casework.common.Page;
import org.casework.common.Paging;
import org.casework.security.Role;

/** Who looked at a person's record and when, for a subject access request. */
@RolesAllowed({ Role.Names.TEAM_LEAD, Role.Names.ADMIN })
@Audited
@Path("/api/people/{personId}/access-log")
@Produces(MediaType.APPLICATION_JSON)
public class AccessLogResource {

    private final AuditService audit;
    private final Paging paging;

    public AccessLogResource(AuditService audit, Paging paging) {
        this.audit = audit;
        this.paging = paging;
    }

    @GET
    public Page<AuditEventView> list(@PathParam("personId") UUID personId, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit, @Context UriInfo uri) {
        return paging.page(audit.accessLog(personId, paging.request(cursor, limit, 2)), uri);
    }
}
