package org.casework.people;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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
import org.casework.common.Params;
import org.casework.common.Versions;
import org.casework.security.Role;

@RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD, Role.Names.INTEGRATION, Role.Names.ADMIN })
@Audited(type = PersonView.AUDIT_TYPE)
@Path("/api/people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonResource {

    private final PersonService people;
    private final Paging paging;

    public PersonResource(PersonService people, Paging paging) {
        this.people = people;
        this.paging = paging;
    }

    @GET
    public Page<PersonSummary> search(@QueryParam("name") String name, @QueryParam("dateOfBirth") String dateOfBirth,
            @QueryParam("identifierSystem") String identifierSystem,
            @QueryParam("identifierValue") String identifierValue,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit, @Context UriInfo uri) {
        if (identifierValue != null && identifierSystem == null) {
            throw Params.invalid("identifierSystem", "is required with identifierValue");
        }
        if (name != null && name.strip().length() < 2) {
            throw Params.invalid("name", "must have at least 2 characters");
        }
        return paging.page(people.search(name == null ? null : name.strip(), Params.date("dateOfBirth", dateOfBirth),
                identifierSystem, identifierValue, paging.request(cursor, limit, 2)), uri);
    }

    @POST
    @RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD, Role.Names.INTEGRATION })
    public Response create(@Valid @NotNull PersonRequest body) {
        Registration registered = people.create(body);
        PersonView person = registered.person();
        // a link to a person already known is answered exactly as a new registration
        return Response.created(URI.create("/api/people/" + person.id())).tag(Versions.etag(person.version()))
                .entity(registered).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        PersonView person = people.get(id);
        return Response.ok(person).tag(Versions.etag(person.version())).build();
    }

    @PUT
    @RolesAllowed({ Role.Names.WORKER, Role.Names.TEAM_LEAD })
    @Path("{id}")
    public Response replace(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PersonRequest body) {
        PersonView person = people.replace(id, Versions.fromIfMatch(ifMatch), body);
        return Response.ok(person).tag(Versions.etag(person.version())).build();
    }
}
