package org.casework.continuity;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.casework.continuity.ContinuityViews.PersonContinuity;

@Path("/api/people/{personId}/continuity")
@Produces(MediaType.APPLICATION_JSON)
public class PersonContinuityResource {

    private final ContinuityService continuity;

    public PersonContinuityResource(ContinuityService continuity) {
        this.continuity = continuity;
    }

    @GET
    public PersonContinuity ofPerson(@PathParam("personId") UUID personId) {
        return continuity.ofPerson(personId);
    }
}
