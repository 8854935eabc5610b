package org.casework.repeats;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.casework.common.Params;
import org.casework.security.Roles;

@Path("/api/people/{personId}/presentations")
@RolesAllowed({ Roles.WORKER, Roles.TEAM_LEAD, Roles.INTEGRATION, Roles.ADMIN })
@Produces(MediaType.APPLICATION_JSON)
public class PersonPresentationsResource {

    private final RepeatService repeats;

    public PersonPresentationsResource(RepeatService repeats) {
        this.repeats = repeats;
    }

    @GET
    public PersonPresentations presentations(@PathParam("personId") UUID personId,
            @QueryParam("windowDays") String windowDays) {
        return repeats.ofPerson(personId, Params.integer("windowDays", windowDays, 1, 365));
    }
}
