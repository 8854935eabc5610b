package org.casework.workers;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.casework.audit.Audited;
import org.casework.security.Roles;

/** The signed-in caller's own record: what a client shows and offers them. */
@RolesAllowed({ Roles.WORKER, Roles.TEAM_LEAD, Roles.INTEGRATION, Roles.ADMIN })
@Audited
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private final WorkerService workers;

    public MeResource(WorkerService workers) {
        this.workers = workers;
    }

    @GET
    public MeView me() {
        return workers.me();
    }
}
