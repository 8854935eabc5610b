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
import org.casework.outcomes.DistanceTravelledViews.PersonDistanceTravelled;
import org.casework.security.Role;

@RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD, Role.Names.INTEGRATION, Role.Names.ADMIN })
@Audited
@Path("/api/people/{personId}/distance-travelled")
@Produces(MediaType.APPLICATION_JSON)
public class PersonDistanceTravelledResource {

    private final DistanceTravelledService distance;

    public PersonDistanceTravelledResource(DistanceTravelledService distance) {
        this.distance = distance;
    }

    @GET
    public PersonDistanceTravelled ofPerson(@PathParam("personId") UUID personId,
            @QueryParam("respondent") String respondent) {
        return distance.ofPerson(personId, Params.coded("respondent", respondent, Respondent.class));
    }
}
