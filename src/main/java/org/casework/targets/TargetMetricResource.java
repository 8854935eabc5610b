package org.casework.targets;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.casework.audit.Audited;
import org.casework.security.Role;
import org.casework.targets.TargetViews.MetricView;

/** The catalogue of metrics a target can pick. */
@Audited
@Path("/api/target-metrics")
@RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD, Role.Names.INTEGRATION, Role.Names.ADMIN })
@Produces(MediaType.APPLICATION_JSON)
public class TargetMetricResource {

    private final TargetService targets;

    public TargetMetricResource(TargetService targets) {
        this.targets = targets;
    }

    @GET
    public List<MetricView> catalogue() {
        return targets.catalogue();
    }
}
