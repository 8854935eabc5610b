package org.casework.timeline;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
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
import org.casework.common.Page;
import org.casework.common.Paging;
import org.casework.common.Params;
import org.casework.security.Role;

@RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD, Role.Names.INTEGRATION, Role.Names.ADMIN })
@Audited
@Path("/api/people/{personId}/timeline")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {

    private final TimelineService timeline;
    private final Paging paging;

    public TimelineResource(TimelineService timeline, Paging paging) {
        this.timeline = timeline;
        this.paging = paging;
    }

    /** {@code kinds} may be comma-separated, repeated, or both. */
    @GET
    public Page<TimelineEntry> list(@PathParam("personId") UUID personId, @QueryParam("kinds") List<String> kinds,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit, @Context UriInfo uri) {
        List<String> parsedKinds = Params.oneOfList("kinds", kinds == null ? null : String.join(",", kinds),
                new HashSet<>(TimelineService.KINDS)).stream().distinct().toList();
        OffsetDateTime parsedFrom = Params.timestamp("from", from);
        OffsetDateTime parsedTo = Params.timestamp("to", to);
        Params.requireOrdered("from", parsedFrom, "to", parsedTo);
        return paging.page(timeline.timeline(personId, parsedKinds, parsedFrom, parsedTo,
                paging.request(cursor, limit, 2)), uri);
    }
}
