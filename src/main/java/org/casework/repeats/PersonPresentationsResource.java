package org.casework.repeats;

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
import org.casework.common.Paging;
import org.casework.common.Params;
import org.casework.security.Role;

@Audited
@Path("/api/people/{personId}/presentations")
@RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD, Role.Names.INTEGRATION, Role.Names.ADMIN })
@Produces(MediaType.APPLICATION_JSON)
public class PersonPresentationsResource {

    private final RepeatService repeats;
    private final Paging paging;

    public PersonPresentationsResource(RepeatService repeats, Paging paging) {
        this.repeats = repeats;
        this.paging = paging;
    }

    @GET
    public PersonPresentations presentations(@PathParam("personId") UUID personId,
            @QueryParam("windowDays") String windowDays, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit, @Context UriInfo uri) {
        var found = repeats.ofPerson(personId, Params.integer("windowDays", windowDays, 1, 365),
                paging.request(cursor, limit, 1));
        return found.with(paging.page(found.days(), uri));
    }
}
