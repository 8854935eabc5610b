package org.casework.workers;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.casework.audit.Audited;
import org.casework.security.Role;

/** The signed-in caller's own record: what a client shows and offers them. */
@RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD, Role.Names.INTEGRATION, Role.Names.ADMIN })
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
