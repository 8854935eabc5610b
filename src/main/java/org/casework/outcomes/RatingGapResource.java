package org.casework.outcomes;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.casework.audit.Audited;
import org.casework.security.Role;

@Audited
@Path("/api/cases/{caseId}/rating-gaps")
@RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD, Role.Names.INTEGRATION, Role.Names.ADMIN })
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
