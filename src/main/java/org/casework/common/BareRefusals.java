package org.casework.common;

import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A refusal made by a framework filter rather than by the problem mapper (the CSRF filter answers a form posted
 * to the API with a bare 400) still reaches an API client as problem+json.
 */
public class BareRefusals {

    @ServerResponseFilter
    public void asProblem(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || response.hasEntity() || !request.getUriInfo().getPath().startsWith("/api")) {
            return;
        }
        Response.StatusType reason = Response.Status.fromStatusCode(status);
        String title = reason == null ? "Request refused" : reason.getReasonPhrase();
        String detail = status == 400 ? "The request could not be read: send a JSON body as application/json"
                : title;
        response.setEntity(new Problem("urn:casework:problem:http-" + status, title, status, detail,
                request.getUriInfo().getPath(), List.of()), null, MediaType.valueOf(Problem.MEDIA_TYPE));
    }
}
