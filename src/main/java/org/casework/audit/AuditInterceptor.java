package org.casework.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.Response;

import org.casework.audit.AuditService.Access;
import org.casework.common.Page;
import org.casework.common.PersonalData;
import org.casework.common.PersonalDataCarrier;

/**
 * Runs each REST operation and its audit events in one transaction. Reads: every {@link PersonalData} record
 * answered (alone, in a page or list, or named by a {@link PersonalDataCarrier}) is one event; if they cannot be
 * written nothing is served. Writes: the same, or, for a response that carries nobody's data (a worker, a team, a
 * target, an instrument, a deletion), one event for the record the path or the response names. Before the commit,
 * deferred checks run as a statement, so their failures surface as ordinary database errors.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class AuditInterceptor {

    /** The type a record of a collection in the path is audited as. */
    private static final Map<String, String> COLLECTION_TYPES = Map.ofEntries(
            Map.entry("people", "person"), Map.entry("network", "network-member"), Map.entry("cases", "case"),
            Map.entry("interactions", "interaction"), Map.entry("referrals", "referral"),
            Map.entry("offers", "offer"), Map.entry("handovers", "handover"), Map.entry("workers", "worker"),
            Map.entry("teams", "team"), Map.entry("targets", "target"), Map.entry("instruments", "instrument"),
            Map.entry("versions", "instrument-version"), Map.entry("moments", "moment"),
            Map.entry("assessments", "assessment"), Map.entry("reference", "reference-code"));

    private final AuditService audit;
    private final CurrentVertxRequest request;

    public AuditInterceptor(AuditService audit, CurrentVertxRequest request) {
        this.audit = audit;
        this.request = request;
    }

    @AroundInvoke
    Object inOneTransaction(InvocationContext invocation) throws Exception {
        String method = request.getCurrent().request().method().name();
        List<String> path = segments(request.getCurrent().request().path());
        return QuarkusTransaction.joiningExisting().call(() -> {
            Object result = invocation.proceed();
            int status = result instanceof Response response ? response.getStatus() : result == null ? 204 : 200;
            Object entity = result instanceof Response response ? response.getEntity() : result;
            // a retry answered again from its Idempotency-Key changed nothing: it is a read of what was made
            boolean replayed = result instanceof Response response
                    && response.getHeaderString(org.casework.common.IdempotencyInterceptor.REPLAYED) != null;
            AuditAction action = replayed ? AuditAction.READ : AuditAction.of(method, status);
            // a replay names the record it answers again, as a write names the record it changed
            List<Access> accesses = accesses(entity, path, action != AuditAction.READ || replayed);
            audit.record(action, accesses);
            if (action != AuditAction.READ) {
                audit.checkDeferredConstraints();
            }
            return result;
        });
    }

    /** What the response touched: the personal data it carries, or for a write, the record it changed. */
    static List<Access> accesses(Object entity, List<String> path, boolean write) {
        UUID pathPerson = pathPerson(path);
        List<Access> accesses = new ArrayList<>();
        if (entity != null) {
            Iterable<?> items = entity instanceof Page<?> page ? page.items()
                    : entity instanceof PersonalDataCarrier carrier ? carrier.personalData()
                    : entity instanceof Iterable<?> iterable ? iterable : List.of(entity);
            for (Object item : items) {
                if (item instanceof PersonalData data) {
                    UUID person = data.personId() != null ? data.personId() : pathPerson;
                    accesses.add(new Access(data.auditType(), data.auditId(), person));
                }
            }
        }
        if (accesses.isEmpty() && (write || (entity == null && pathPerson != null))) {
            accesses.add(fromPath(path, idOf(entity), pathPerson));
        }
        return accesses;
    }

    /** The record a write without personal data changed: the collection in the path, the id answered or in it. */
    private static Access fromPath(List<String> path, UUID answeredId, UUID person) {
        for (int i = path.size() - 1; i > 0; i--) {
            UUID id = parse(path.get(i));
            if (id != null) {
                String collection = path.get(i - 1);
                String type = COLLECTION_TYPES.getOrDefault(collection, collection);
                if (i < path.size() - 1 && answeredId != null) {
                    // a record created under this one: /api/teams/{id}/targets answers the target
                    String child = path.get(path.size() - 1);
                    return new Access(COLLECTION_TYPES.getOrDefault(child, child), answeredId, person);
                }
                return new Access(type, answeredId != null ? answeredId : id, person);
            }
        }
        String collection = path.isEmpty() ? "api" : path.get(path.size() - 1);
        return new Access(COLLECTION_TYPES.getOrDefault(collection, collection), answeredId, person);
    }

    /** The {@code id} of a response record, when it has one. */
    private static UUID idOf(Object entity) {
        if (entity != null && entity.getClass().isRecord()) {
            for (var component : entity.getClass().getRecordComponents()) {
                if (component.getName().equals("id") && component.getType() == UUID.class) {
                    try {
                        return (UUID) component.getAccessor().invoke(entity);
                    } catch (ReflectiveOperationException e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    private static UUID pathPerson(List<String> path) {
        int people = path.indexOf("people");
        return people >= 0 && people + 1 < path.size() ? parse(path.get(people + 1)) : null;
    }

    /** {@code /api/teams/1234/targets} is {@code [teams, 1234, targets]}. */
    static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        if (!segments.isEmpty() && segments.get(0).equals("api")) {
            segments.remove(0);
        }
        return segments;
    }

    private static UUID parse(String value) {
        try {
            return value.length() == 36 ? UUID.fromString(value) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
