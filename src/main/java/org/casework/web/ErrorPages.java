package org.casework.web;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.casework.common.Problem;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The web client's side of the one problem mapper: a failure on a page (anything outside {@code /api}) is shown
 * as a page in the reader's language, never as problem+json. A request without a session is sent to sign in; a
 * signed-in person without an active worker record is told so, and shown no casework.
 */
public class ErrorPages {

    private static final Pattern INCIDENT = Pattern.compile("incident ([0-9a-f-]{36})");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String kind, String incident);
    }

    private final Pages pages;

    public ErrorPages(Pages pages) {
        this.pages = pages;
    }

    @ServerResponseFilter
    public void asPage(ContainerRequestContext request, ContainerResponseContext response) {
        if (!isPage(request.getUriInfo().getPath()) || response.getStatus() < 400
                || (response.getEntity() != null && !(response.getEntity() instanceof Problem))) {
            return;
        }
        // a problem from the mapper, or a bare refusal (a form without its CSRF token)
        Problem problem = response.getEntity() instanceof Problem given ? given
                : new Problem(null, null, response.getStatus(), null, null, java.util.List.of());
        response.getHeaders().remove(HttpHeaders.WWW_AUTHENTICATE);
        if (problem.status() == 401) {
            response.setStatus(303);
            response.setEntity(null);
            response.getHeaders().putSingle(HttpHeaders.LOCATION, URI.create("/sign-in"));
            return;
        }
        String kind = switch (problem.status()) {
            case 403 -> pages.signedInWorker() ? "forbidden" : "not-a-worker";
            case 404, 405 -> "not-found";
            case 409 -> "conflict";
            case 429 -> "too-many";
            case 503 -> "unavailable";
            default -> problem.status() >= 500 ? "internal" : "bad-request";
        };
        Matcher incident = INCIDENT.matcher(problem.detail() == null ? "" : problem.detail());
        response.setEntity(pages.render(Templates.error(problem.status(), kind,
                incident.find() ? incident.group(1) : null), null).render(), null,
                MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }

    /** A web page, as opposed to the API, the management endpoints or static files. */
    static boolean isPage(String path) {
        return !path.startsWith("/api") && !path.startsWith("/q/") && !path.startsWith("/static/");
    }
}
