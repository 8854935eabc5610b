package org.casework.changes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.casework.audit.Audited;
import org.casework.common.Paging;
import org.casework.security.Caller;
import org.casework.security.Role;

/** The change feed: what changed in the caller's teams' casework, in transaction order, ids only. */
@RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD, Role.Names.INTEGRATION, Role.Names.ADMIN })
@Audited
@Path("/api/changes")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeResource {

    private final ChangeFeed feed;
    private final Caller caller;
    private final Paging paging;

    public ChangeResource(ChangeFeed feed, Caller caller, Paging paging) {
        this.feed = feed;
        this.caller = caller;
        this.paging = paging;
    }

    @GET
    public ChangePage read(@QueryParam("after") String after, @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        FeedPosition position = FeedPosition.decode("after", after);
        int size = paging.limit(limit);
        ChangeFeed.Read read = feed.read(position, caller.readScope(), size);
        var next = uri.getRequestUriBuilder().replaceQueryParam("after", read.next().encode());
        if (limit != null) {
            next.replaceQueryParam("limit", size);
        }
        return new ChangePage(read.changes().stream().map(ChangeFeed.Positioned::change).toList(),
                Paging.relative(uri, next.build()), read.caughtUp());
    }
}
