package org.casework.privacy;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casework.audit.Audited;
import org.casework.people.PersonView;
import org.casework.security.Role;

/** Subject access (export) and erasure of a person's record. */
@Audited(type = PersonView.AUDIT_TYPE)
@Path("/api/people/{personId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PrivacyResource {

    private final PrivacyService privacy;

    public PrivacyResource(PrivacyService privacy) {
        this.privacy = privacy;
    }

    /** Not cached anywhere on the way: it is the whole record of a person. */
    @GET
    @Path("export")
    @RolesAllowed({ Role.Names.TEAM_LEAD, Role.Names.ADMIN })
    public Response export(@PathParam("personId") UUID personId) {
        return Response.ok(privacy.export(personId)).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @POST
    @Path("erase")
    @RolesAllowed(Role.Names.ADMIN)
    public Response erase(@PathParam("personId") UUID personId, @Valid @NotNull ErasureRequest body) {
        // a Response, as every POST answers, so that a retry with the same Idempotency-Key can be answered again
        return Response.ok(privacy.erase(personId, body.reason())).build();
    }
}
