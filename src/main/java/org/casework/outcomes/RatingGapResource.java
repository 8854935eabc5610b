package org.casework.outcomes;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.casework.audit.Audited;
import org.casework.security.Roles;

@Audited
@Path("/api/cases/{caseId}/rating-gaps")
@RolesAllowed({ Roles.WORKER, Roles.TEAM_LEAD, Roles.INTEGRATION, Roles.ADMIN })
@Produces(MediaType.APPLICATION_JSON)
public class RatingGapResource {

    private final RatingGapService gaps;

    public RatingGapResource(RatingGapService gaps) {
        this.gaps = gaps;
    }

    @GET
    public RatingGaps ofCase(@PathParam("caseId") UUID caseId) {
        return gaps.ofCase(caseId);
    }
}
