package org.casework.caseload;

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

import org.casework.audit.Audited;
import org.casework.caseload.CaseloadViews.CaseloadEntry;
import org.casework.caseload.CaseloadViews.FollowUp;
import org.casework.caseload.CaseloadViews.FollowUpStatus;
import org.casework.common.Page;
import org.casework.common.Paging;
import org.casework.common.Params;
import org.casework.security.Role;

@RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD, Role.Names.ADMIN })
@Audited
@Path("/api/workers/{workerId}")
@Produces(MediaType.APPLICATION_JSON)
public class CaseloadResource {

    private final CaseloadService caseload;
    private final Paging paging;

    public CaseloadResource(CaseloadService caseload, Paging paging) {
        this.caseload = caseload;
        this.paging = paging;
    }

    @GET
    @Path("caseload")
    public Page<CaseloadEntry> caseload(@PathParam("workerId") UUID workerId, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit, @Context UriInfo uri) {
        return paging.page(caseload.caseload(workerId, paging.request(cursor, limit, 2)), uri);
    }

    @GET
    @Path("follow-ups")
    public Page<FollowUp> followUps(@PathParam("workerId") UUID workerId, @QueryParam("status") String status,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit, @Context UriInfo uri) {
        FollowUpStatus only = Params.coded("status", status, FollowUpStatus.class);
        return paging.page(caseload.followUps(workerId, only, paging.request(cursor, limit, 2)), uri);
    }
}
