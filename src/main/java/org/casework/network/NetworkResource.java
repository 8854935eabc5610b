package org.casework.network;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.casework.audit.Audited;
import org.casework.common.Page;
import org.casework.common.Paging;
import org.casework.common.Versions;
import org.casework.people.PersonView;
import org.casework.security.Role;

@RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD, Role.Names.INTEGRATION, Role.Names.ADMIN })
@Audited(type = NetworkMemberView.AUDIT_TYPE, parent = PersonView.AUDIT_TYPE)
@Path("/api/people/{personId}/network")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NetworkResource {

    private final NetworkService network;
    private final Paging paging;

    public NetworkResource(NetworkService network, Paging paging) {
        this.network = network;
        this.paging = paging;
    }

    @GET
    public Page<NetworkMemberView> list(@PathParam("personId") UUID personId, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit, @Context UriInfo uri) {
        return paging.page(network.list(personId, paging.request(cursor, limit, 2)), uri);
    }

    @POST
    @RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD, Role.Names.INTEGRATION })
    public Response add(@PathParam("personId") UUID personId, @Valid @NotNull NetworkMemberRequest body) {
        NetworkMemberView member = network.add(personId, body);
        return Response.created(URI.create("/api/people/" + personId + "/network/" + member.id()))
                .tag(Versions.etag(member.version())).entity(member).build();
    }

    @GET
    @Path("{memberId}")
    public Response get(@PathParam("personId") UUID personId, @PathParam("memberId") UUID memberId) {
        NetworkMemberView member = network.get(personId, memberId);
        return Response.ok(member).tag(Versions.etag(member.version())).build();
    }

    @PUT
    @RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD })
    @Path("{memberId}")
    public Response replace(@PathParam("personId") UUID personId, @PathParam("memberId") UUID memberId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull NetworkMemberRequest body) {
        NetworkMemberView member = network.replace(personId, memberId, Versions.fromIfMatch(ifMatch), body);
        return Response.ok(member).tag(Versions.etag(member.version())).build();
    }

    @DELETE
    @RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD })
    @Path("{memberId}")
    public Response remove(@PathParam("personId") UUID personId, @PathParam("memberId") UUID memberId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        network.remove(personId, memberId, Versions.fromIfMatch(ifMatch));
        return Response.noContent().build();
    }
}
