package org.casework.continuity;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.casework.audit.Audited;
import org.casework.continuity.ContinuityViews.CaseContinuity;
import org.casework.security.Role;

// One class per parent path: a class mapped to "/api" alone would lose routing to the "/api/cases" class.
@RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD, Role.Names.INTEGRATION, Role.Names.ADMIN })
@Audited
@Path("/api/cases/{caseId}/continuity")
@Produces(MediaType.APPLICATION_JSON)
public class CaseContinuityResource {

    private final ContinuityService continuity;

    public CaseContinuityResource(ContinuityService continuity) {
        this.continuity = continuity;
    }

    @GET
    public CaseContinuity ofCase(@PathParam("caseId") UUID caseId) {
        return continuity.ofCase(caseId);
    }
}
