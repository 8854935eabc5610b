package org.casework.audit;

import java.util.TreeSet;

import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.casework.common.Problem;
import org.casework.security.Caller;
import org.casework.security.CallerIdentity;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Every refused API request (any 4xx) becomes a security event: who, what was asked, the outcome. */
public class SecurityEventFilter {

    private final SecurityEventService events;
    private final CurrentVertxRequest request;
    private final Caller caller;
    private final Vertx vertx;

    public SecurityEventFilter(SecurityEventService events, CurrentVertxRequest request, Caller caller, Vertx vertx) {
        this.events = events;
        this.request = request;
        this.caller = caller;
        this.vertx = vertx;
    }

    @ServerResponseFilter
    public void recordRefusal(ContainerRequestContext requestContext, ContainerResponseContext response) {
        int status = response.getStatus();
        String path = requestContext.getUriInfo().getPath();
        if (status < 400 || status > 499 || !path.startsWith("/api")) {
            return;
        }
        RoutingContext routing = request.getCurrent();
        SecurityEvent event = new SecurityEvent();
        // only an identity already proven: a refused token names nobody
        if (status != 401 && routing != null && routing.user() instanceof QuarkusHttpUser user) {
            SecurityIdentity identity = user.getSecurityIdentity();
            event.username = identity.isAnonymous() ? null : identity.getPrincipal().getName();
            CallerIdentity.Record record = identity.getAttribute(CallerIdentity.RECORD);
            event.workerId = record == null ? null : record.workerId();
        }
        event.method = requestContext.getMethod();
        event.path = storable(path);
        event.queryNames = storable(String.join(",",
                new TreeSet<>(requestContext.getUriInfo().getQueryParameters().keySet())));
        event.status = status;
        event.problemType = response.getEntity() instanceof Problem problem ? problem.type() : null;
        event.requestId = caller.requestId();
        event.client = routing == null || routing.request().remoteAddress() == null ? null
                : routing.request().remoteAddress().hostAddress();
        if (BlockingOperationControl.isBlockingAllowed()) {
            events.refused(event);
        } else {
            vertx.executeBlocking(() -> {
                events.refused(event);
                return null;
            }, false);
        }
    }

    /**
     * As the log can keep it: at most 500 characters, and U+0000 (refused in requests, and which PostgreSQL's text
     * cannot hold) shown as U+FFFD, so the refusal of such a request is recorded rather than lost.
     */
    static String storable(String value) {
        String shown = value.replace('\u0000', '\uFFFD');
        return shown.length() > 500 ? shown.substring(0, 500) : shown;
    }
}
