package org.casework.audit;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import org.casework.common.PageRequest;
import org.casework.common.PlainSql;

@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEvent, UUID> {

    /**
     * One statement whatever the number of events, so the server plans it once per connection: what the events
     * share is bound once, and each event's record as one element of three arrays.
     */
    private static final String APPEND = """
            insert into audit_event (id, at, username, worker_id, roles, action, resource_type, resource_id,
                                     person_id, request_id, purpose, break_glass, detail)
            select gen_random_uuid(), ?, ?, ?, ?, ?, r.resource_type, r.resource_id, r.person_id, ?, ?, ?, ?
            from unnest(cast(? as text[]), cast(? as uuid[]), cast(? as uuid[])) r (resource_type, resource_id, person_id)""";

    /** What the events of one request share: who, as what, did what, when, in which request and why. */
    public record Shared(OffsetDateTime at, String username, UUID workerId, String roles, AuditAction action,
            String requestId, String purpose, boolean breakGlass, String detail) {
    }

    /** Runs the deferred triggers now, as a statement, so that what would fail the commit fails here instead. */
    private static final String CHECK_DEFERRED = "set constraints all immediate";

    /**
     * Appends one event for each record touched, alike but for the record (none: nothing is appended), then, if
     * asked, runs the deferred checks in the same round trip. Every value is a bind parameter: nothing reaches the
     * SQL text.
     */
    public void append(Shared shared, List<AuditService.Access> accesses, boolean thenCheckDeferred) {
        if (accesses.isEmpty()) {
            if (thenCheckDeferred) {
                PlainSql.execute(getEntityManager(), CHECK_DEFERRED);
            }
            return;
        }
        String statements = thenCheckDeferred ? APPEND + ";\n" + CHECK_DEFERRED : APPEND;
        PlainSql.execute(getEntityManager(), statements, (connection, insert) -> {
            int i = 0;
            insert.setObject(++i, shared.at());
            insert.setString(++i, shared.username());
            if (shared.workerId() == null) {
                insert.setNull(++i, Types.OTHER);
            } else {
                insert.setObject(++i, shared.workerId());
            }
            insert.setString(++i, shared.roles());
            insert.setString(++i, shared.action().code());
            insert.setString(++i, shared.requestId());
            insert.setString(++i, shared.purpose());
            insert.setBoolean(++i, shared.breakGlass());
            insert.setString(++i, shared.detail());
            insert.setArray(++i, connection.createArrayOf("text",
                    accesses.stream().map(AuditService.Access::resourceType).toArray()));
            insert.setArray(++i, connection.createArrayOf("uuid",
                    accesses.stream().map(AuditService.Access::resourceId).toArray()));
            insert.setArray(++i, connection.createArrayOf("uuid",
                    accesses.stream().map(AuditService.Access::personId).toArray()));
        });
    }

    /** What the admin's list filters on; every field is optional. */
    public record Filter(UUID personId, UUID workerId, String username, AuditAction action, OffsetDateTime from,
            OffsetDateTime to) {
    }

    /** Events matching the filter, newest first. */
    public List<AuditEvent> page(Filter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.personId() != null) {
            where.append(" and e.personId = :personId");
            params.put("personId", filter.personId());
        }
        if (filter.workerId() != null) {
            where.append(" and e.workerId = :workerId");
            params.put("workerId", filter.workerId());
        }
        if (filter.username() != null) {
            where.append(" and lower(e.username) = lower(:username)");
            params.put("username", filter.username());
        }
        if (filter.action() != null) {
            where.append(" and e.action = :action");
            params.put("action", filter.action());
        }
        if (filter.from() != null) {
            where.append(" and e.at >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and e.at <= :to");
            params.put("to", filter.to());
        }
        if (!page.isFirst()) {
            where.append(" and (e.at < :afterAt or (e.at = :afterAt and e.id < :afterId))");
            params.put("afterAt", page.afterTimestamp(0));
            params.put("afterId", page.afterUuid(1));
        }
        var query = getEntityManager().createQuery(
                "select e from AuditEvent e where " + where + " order by e.at desc, e.id desc", AuditEvent.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(page.fetchSize()).getResultList();
    }
}
