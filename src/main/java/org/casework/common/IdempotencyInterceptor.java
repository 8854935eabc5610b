package org.casework.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casework.audit.Audited;
import org.casework.common.Problem.FieldError;
import org.casework.security.Caller;

/**
 * Safe retries, after the IETF {@code Idempotency-Key} header draft: a POST to the API with the header is done once
 * for its caller and key. Runs inside the audit interceptor's transaction, so the answer it keeps is committed with
 * the change or not at all: a retry after the commit gets the first answer again (with {@code Idempotent-Replayed:
 * true}), the same key with another request is a 422, and a retry while the first is still running is a 409 (the
 * transaction-scoped advisory lock on the key is taken without waiting). A refused request keeps nothing, so it can
 * be corrected and sent again with the same key.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 310)
public class IdempotencyInterceptor {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    static final int MAX_KEY_LENGTH = 255;

    private final CurrentVertxRequest request;
    private final Caller caller;
    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final CaseworkConfig config;
    private final Clock clock;

    public IdempotencyInterceptor(CurrentVertxRequest request, Caller caller, EntityManager entityManager,
            ObjectMapper mapper, CaseworkConfig config, Clock clock) {
        this.request = request;
        this.caller = caller;
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.config = config;
        this.clock = clock;
    }

    @AroundInvoke
    Object once(InvocationContext invocation) throws Exception {
        HttpServerRequest http = request.getCurrent().request();
        String header = http.getHeader(HEADER);
        if (header == null || !"POST".equals(http.method().name())) {
            return invocation.proceed();
        }
        String key = key(header);
        String who = caller.username();
        String fingerprint = fingerprint(http, invocation.getParameters());
        Boolean free = (Boolean) entityManager
                .createNativeQuery("select pg_try_advisory_xact_lock(hashtextextended(:lock, 13))")
                .setParameter("lock", who + "\n" + key).getSingleResult();
        if (!Boolean.TRUE.equals(free)) {
            throw ProblemException.conflict("A request with this " + HEADER + " is still being processed; send it "
                    + "again when it has finished to get its answer");
        }
        var now = TimeConfig.now(clock);
        var since = now.minus(config.idempotency().keep());
        @SuppressWarnings("unchecked")
        List<Object[]> earlier = entityManager.createNativeQuery("""
                select fingerprint, status, location, etag, body from idempotency_key
                where caller = :caller and key = :key and created_at >= :since""")
                .setParameter("caller", who).setParameter("key", key).setParameter("since", since).getResultList();
        if (!earlier.isEmpty()) {
            Object[] kept = earlier.get(0);
            if (!fingerprint.equals(kept[0])) {
                throw new ProblemException(422, "idempotency-key-reused", "Idempotency-Key reused",
                        "This " + HEADER + " was first used with a different request; use a new key for a new "
                                + "request",
                        List.of(FieldError.header(HEADER, "was used with a different request").coded("repeated")));
            }
            return replay(kept);
        }
        Object result = invocation.proceed();
        keepAnswer(who, key, fingerprint, result, now, since);
        return result;
    }

    /** The first answer again: status, Location, ETag and body as they were sent. */
    private static Response replay(Object[] kept) {
        Response.ResponseBuilder answer = Response.status(((Number) kept[1]).intValue()).header(REPLAYED, "true");
        if (kept[2] != null) {
            answer.header(HttpHeaders.LOCATION, kept[2]);
        }
        if (kept[3] != null) {
            answer.header(HttpHeaders.ETAG, kept[3]);
        }
        if (kept[4] != null) {
            answer.type(MediaType.APPLICATION_JSON_TYPE).entity(kept[4]);
        }
        return answer.build();
    }

    private void keepAnswer(String who, String key, String fingerprint, Object result, java.time.OffsetDateTime now,
            java.time.OffsetDateTime since) throws JsonProcessingException {
        Response response = result instanceof Response r ? r : null;
        Object entity = response != null ? response.getEntity() : result;
        int status = response != null ? response.getStatus() : entity == null ? 204 : 200;
        String location = response != null && response.getLocation() != null ? response.getLocation().toString()
                : null;
        EntityTag tag = response != null ? response.getEntityTag() : null;
        byte[] body = entity == null ? null : mapper.writeValueAsBytes(entity);
        entityManager.createNativeQuery("""
                insert into idempotency_key (caller, key, fingerprint, status, location, etag, body, created_at)
                values (:caller, :key, :fingerprint, :status, :location, :etag, :body, :now)
                on conflict (caller, key) do update set fingerprint = excluded.fingerprint, status = excluded.status,
                    location = excluded.location, etag = excluded.etag, body = excluded.body,
                    created_at = excluded.created_at""")
                .setParameter("caller", who).setParameter("key", key).setParameter("fingerprint", fingerprint)
                .setParameter("status", status).setParameter("location", location)
                .setParameter("etag", tag == null ? null : (tag.isWeak() ? "W/" : "") + "\"" + tag.getValue() + "\"")
                .setParameter("body", body).setParameter("now", now).executeUpdate();
        // a few of everyone's expired keys go with each new one, so the table stays the size of a day's retries
        entityManager.createNativeQuery("""
                delete from idempotency_key where ctid in (
                    select ctid from idempotency_key where created_at < :since limit 100)""")
                .setParameter("since", since).executeUpdate();
    }

    /** The key as sent: a Structured Field string ("…") or the bare text, 1 to 255 visible ASCII characters. */
    static String key(String header) {
        String key = header.strip();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw ProblemException.invalid(FieldError.header(HEADER,
                    "must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters, such as a random UUID"));
        }
        return key;
    }

    /** What makes two requests the same: the path and query, and the arguments the body and path were read into. */
    private String fingerprint(HttpServerRequest http, Object[] parameters) throws JsonProcessingException {
        List<Object> values = new ArrayList<>();
        for (Object parameter : parameters) {
            if (parameter == null || parameter instanceof String || parameter instanceof UUID
                    || parameter instanceof Number || parameter instanceof Boolean || parameter instanceof Map<?, ?>
                    || parameter instanceof List<?> || parameter.getClass().isRecord()) {
                values.add(parameter);
            }
        }
        String described = http.path() + "?" + (http.query() == null ? "" : http.query()) + "\n"
                + mapper.writeValueAsString(values);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(described.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
