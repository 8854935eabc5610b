package org.casework.audit;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import org.casework.common.PageRequest;
import org.hibernate.Session;

@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEvent, UUID> {

    private static final String COLUMNS = "(id, at, username, worker_id, roles, action, resource_type, resource_id,"
            + " person_id, request_id, purpose, break_glass, detail)";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Appends the events in one statement. Every value is a bind parameter: nothing reaches the SQL text. */
    public void append(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        String sql = "insert into audit_event " + COLUMNS + " values "
                + String.join(", ", Collections.nCopies(events.size(), ROW));
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int i = 0;
                for (AuditEvent e : events) {
                    insert.setObject(++i, e.id);
                    insert.setObject(++i, e.at);
                    insert.setString(++i, e.username);
                    setUuid(insert, ++i, e.workerId);
                    insert.setString(++i, e.roles);
                    insert.setString(++i, e.action.code());
                    insert.setString(++i, e.resourceType);
                    setUuid(insert, ++i, e.resourceId);
                    setUuid(insert, ++i, e.personId);
                    insert.setString(++i, e.requestId);
                    insert.setString(++i, e.purpose);
                    insert.setBoolean(++i, e.breakGlass);
                    insert.setString(++i, e.detail);
                }
                insert.executeUpdate();
            }
        });
    }

    private static void setUuid(PreparedStatement statement, int index, UUID value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.OTHER);
        } else {
            statement.setObject(index, value);
        }
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
