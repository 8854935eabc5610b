package org.casework.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

import org.casework.common.Problem;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A token bucket per caller, before anything else is done: a caller is their bearer token (a hash of it, never
 * the token), or their network address when they send none. Over the limit, 429 with Retry-After. Kept in memory:
 * each instance limits on its own.
 */
@ApplicationScoped
public class RateLimiter {

    /** Buckets idle this long are full again and can be forgotten. */
    private static final long IDLE_NANOS = 10L * 60 * 1_000_000_000L;
    private static final int SWEEP_ABOVE = 50_000;

    private final RateLimitConfig config;
    private final CurrentVertxRequest request;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(RateLimitConfig config, CurrentVertxRequest request) {
        this.config = config;
        this.request = request;
    }

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext context) {
        if (!config.enabled() || !context.getUriInfo().getPath().startsWith("/api")) {
            return null;
        }
        long now = System.nanoTime();
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.idleSince(now) > IDLE_NANOS);
        }
        Bucket bucket = buckets.computeIfAbsent(callerKey(context), key -> new Bucket(config.burst(), now));
        long waitSeconds = bucket.take(now, config.requestsPerMinute() / 60.0, config.burst());
        if (waitSeconds == 0) {
            return null;
        }
        Problem problem = new Problem("urn:casework:problem:too-many-requests", "Too many requests", 429,
                "You have sent more requests than allowed (" + config.requestsPerMinute()
                        + " a minute); send again in " + waitSeconds + " second(s)",
                context.getUriInfo().getPath(), java.util.List.of());
        return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", waitSeconds).entity(problem)
                .build();
    }

    private String callerKey(ContainerRequestContext context) {
        String authorization = context.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && !authorization.isBlank()) {
            return "credential:" + sha256(authorization.strip());
        }
        var current = request.getCurrent();
        var address = current == null ? null : current.request().remoteAddress();
        return "address:" + (address == null ? "unknown" : address.hostAddress());
    }

    private static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Tokens refill continuously at the sustained rate, up to the burst. */
    static final class Bucket {
        private double tokens;
        private long updated;

        Bucket(int burst, long now) {
            this.tokens = burst;
            this.updated = now;
        }

        /** Takes one token: 0 when allowed, else the whole seconds until one is there. */
        synchronized long take(long now, double perSecond, int burst) {
            tokens = Math.min(burst, tokens + (now - updated) / 1e9 * perSecond);
            updated = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
        }

        synchronized long idleSince(long now) {
            return now - updated;
        }
    }
}
