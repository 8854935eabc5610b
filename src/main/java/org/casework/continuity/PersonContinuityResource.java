package org.casework.continuity;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.casework.audit.Audited;
import org.casework.continuity.ContinuityViews.PersonContinuity;
import org.casework.security.Role;

@RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD, Role.Names.INTEGRATION, Role.Names.ADMIN })
@Audited
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
