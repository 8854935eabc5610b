package org.casework.audit;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.casework.audit.AuditService.Access;
import org.casework.common.Page;
import org.casework.common.PersonalData;
import org.casework.common.PersonalDataCarrier;

/**
 * Runs each REST operation and its audit events in one transaction. Reads: every {@link PersonalData} record
 * answered (alone, in a page or list, or named by a {@link PersonalDataCarrier}) is one event; if they cannot be
 * written nothing is served. Writes: the same, or, for a response that carries nobody's data (a worker, a team, a
 * target, an instrument, a deletion), one event for the record the response or the path names, of the type the
 * operation declares in {@link Audited#type()}. A POST retried with its Idempotency-Key is a read of the record its
 * path names. Types are written out, never derived from class names or URLs: the log outlives both. Before the
 * commit, deferred checks run as a statement, so their failures surface as ordinary database errors.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class AuditInterceptor {

    /** The path parameter that names the person an operation is about, when its answer does not. */
    static final String PERSON_PARAMETER = "personId";

    /**
     * What an operation's audit events take from the operation when its answer does not say: the types it declares
     * ({@link Audited#type()} and {@link Audited#parent()}, or null), the last id in its path, and the person its
     * {@code personId} path parameter names. Pages have none of these.
     */
    record Subject(Method operation, String type, String parent, UUID pathId, UUID personId) {

        static final Subject NONE = new Subject(null, null, null, null, null);

        /** The record a write without personal data changed: the id answered, else the last one in the path. */
        Access record(UUID answeredId) {
            return new Access(declared(type, "type"), answeredId != null ? answeredId : pathId, personId);
        }

        /** The record the path names, for a replay: its kept answer names none. */
        Access pathRecord() {
            return new Access(declared(parent != null ? parent : type, "parent"), pathId, personId);
        }

        private String declared(String value, String attribute) {
            if (value == null) {
                throw new IllegalStateException((operation == null ? "A page" : operation.getDeclaringClass()
                        .getSimpleName() + "." + operation.getName()) + " names no record in its answer, so it must "
                        + "name one in @Audited(" + attribute + " = ...)");
            }
            return value;
        }
    }

    private final AuditService audit;
    private final CurrentVertxRequest request;

    public AuditInterceptor(AuditService audit, CurrentVertxRequest request) {
        this.audit = audit;
        this.request = request;
    }

    @AroundInvoke
    Object inOneTransaction(InvocationContext invocation) throws Exception {
        String method = request.getCurrent().request().method().name();
        Method operation = invocation.getMethod();
        Subject subject = new Subject(operation, declared(operation, Audited::type),
                declared(operation, Audited::parent), lastId(request.getCurrent().request().path()),
                personInPath(invocation));
        return QuarkusTransaction.joiningExisting().call(() -> {
            Object result = invocation.proceed();
            int status = result instanceof Response response ? response.getStatus() : result == null ? 204 : 200;
            Object entity = result instanceof Response response ? response.getEntity() : result;
            // a retry answered again from its Idempotency-Key changed nothing: it is a read of what was made
            boolean replayed = result instanceof Response response
                    && response.getHeaderString(org.casework.common.IdempotencyInterceptor.REPLAYED) != null;
            AuditAction action = replayed ? AuditAction.READ : AuditAction.of(method, status);
            List<Access> accesses = replayed ? List.of(subject.pathRecord())
                    : accesses(entity, subject, action != AuditAction.READ);
            if (action == AuditAction.READ) {
                audit.record(action, accesses);
            } else {
                audit.recordChange(action, accesses);
            }
            return result;
        });
    }

    /** What the response touched: the personal data it carries, or for a write, the record it changed. */
    static List<Access> accesses(Object entity, Subject subject, boolean write) {
        List<Access> accesses = new ArrayList<>();
        if (entity != null) {
            Iterable<?> items = entity instanceof Page<?> page ? page.items()
                    : entity instanceof PersonalDataCarrier carrier ? carrier.personalData()
                    : entity instanceof Iterable<?> iterable ? iterable : List.of(entity);
            for (Object item : items) {
                if (item instanceof PersonalData data) {
                    UUID person = data.personId() != null ? data.personId() : subject.personId();
                    accesses.add(new Access(data.auditType(), data.auditId(), person));
                }
            }
        }
        if (accesses.isEmpty() && (write || (entity == null && subject.personId() != null))) {
            accesses.add(subject.record(idOf(entity)));
        }
        return accesses;
    }

    /** A type the method, else its class, declares in {@code @Audited}, or null. */
    private static String declared(Method method, Function<Audited, String> attribute) {
        Audited onMethod = method.getAnnotation(Audited.class);
        if (onMethod != null && !attribute.apply(onMethod).isEmpty()) {
            return attribute.apply(onMethod);
        }
        Audited onClass = method.getDeclaringClass().getAnnotation(Audited.class);
        return onClass == null || attribute.apply(onClass).isEmpty() ? null : attribute.apply(onClass);
    }

    /** The person the operation's {@code personId} path parameter names, or null. */
    private static UUID personInPath(InvocationContext invocation) {
        Annotation[][] annotations = invocation.getMethod().getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof PathParam param && param.value().equals(PERSON_PARAMETER)
                        && invocation.getParameters()[i] instanceof UUID person) {
                    return person;
                }
            }
        }
        return null;
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

    /** The last id in the path: {@code /api/teams/{teamId}/targets/{id}} names the target. */
    static UUID lastId(String path) {
        String[] segments = path.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            UUID id = parse(segments[i]);
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    private static UUID parse(String value) {
        try {
            return value.length() == 36 ? UUID.fromString(value) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
