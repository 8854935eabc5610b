package org.casework.workload;

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
import org.casework.security.Role;

/** The weight each worker of a team carries, for reflective supervision; personal data about workers. */
@Audited
@Path("/api/teams/{teamId}/workload")
@RolesAllowed({ Role.Names.TEAM_LEAD, Role.Names.ADMIN })
@Produces(MediaType.APPLICATION_JSON)
public class WorkloadResource {

    private final WorkloadService workloads;

    public WorkloadResource(WorkloadService workloads) {
        this.workloads = workloads;
    }

    @GET
    public Workload workload(@PathParam("teamId") UUID teamId, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return workloads.team(teamId, Params.date("from", from), Params.date("to", to));
    }
}
