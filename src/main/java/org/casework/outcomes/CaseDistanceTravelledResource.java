package org.casework.outcomes;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.casework.audit.Audited;
import org.casework.common.Params;
import org.casework.outcomes.DistanceTravelledViews.CaseDistanceTravelled;
import org.casework.security.Role;

// One class per parent path: a class mapped to "/api" alone would lose routing to the "/api/cases" class.
@RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD, Role.Names.INTEGRATION, Role.Names.ADMIN })
@Audited
@Path("/api/cases/{caseId}/distance-travelled")
@Produces(MediaType.APPLICATION_JSON)
public class CaseDistanceTravelledResource {

    private final DistanceTravelledService distance;

    public CaseDistanceTravelledResource(DistanceTravelledService distance) {
        this.distance = distance;
    }

    @GET
    public CaseDistanceTravelled ofCase(@PathParam("caseId") UUID caseId,
            @QueryParam("respondent") String respondent) {
        return distance.ofCase(caseId, Params.coded("respondent", respondent, Respondent.class));
    }
}
