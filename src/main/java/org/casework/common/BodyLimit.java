package org.casework.common;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Request bodies stay within 10 MB, but for an import's file. Quarkus applies one body limit to every route
 * ({@code quarkus.http.limits.max-body-size}, set to {@code casework.imports.max-file-size}), so this handler, just
 * after Quarkus's own, holds every other request to 10 MB the same way Quarkus does: a declared length above it is a
 * 413 at once, and a body sent in chunks is cut off when it passes it.
 */
@ApplicationScoped
public class BodyLimit {

    /** The limit of every request body but an import's file. */
    public static final long MAX_BODY = 10L * 1024 * 1024;

    /** The one route whose body may reach casework.imports.max-file-size. */
    static final String IMPORTS = "/api/imports";

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(this::limit);
    }

    private void limit(RoutingContext routing) {
        if (routing.request().method() == HttpMethod.POST && IMPORTS.equals(routing.normalizedPath())) {
            routing.next();
            return;
        }
        String length = routing.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && declaredAbove(length)) {
            routing.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end("{\"type\":\"urn:casework:problem:too-large\",\"title\":\"Request too large\",\"status\":413,"
                            + "\"detail\":\"A request body may be at most 10 MB; load many records with POST "
                            + IMPORTS + "\",\"errors\":[]}");
            return;
        }
        routing.put(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY, MAX_BODY);
        routing.next();
    }

    private static boolean declaredAbove(String length) {
        try {
            return Long.parseLong(length.strip()) > MAX_BODY;
        } catch (NumberFormatException e) {
            return false; // Vert.x refuses a malformed length itself
        }
    }
}
