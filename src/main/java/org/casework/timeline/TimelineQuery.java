package org.casework.timeline;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.casework.common.PageRequest;

/**
 * Reads a person's merged history from the {@code timeline_entry} view, newest first. Entry keys compare in the
 * "C" collation, so ties order the same whatever the database's locale, and the cursor agrees with the order.
 */
@ApplicationScoped
public class TimelineQuery {

    private final EntityManager entityManager;

    public TimelineQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<TimelineEntry> page(UUID personId, List<String> kinds, OffsetDateTime from, OffsetDateTime to,
            PageRequest page) {
        StringBuilder where = new StringBuilder("t.person_id = :personId");
        Map<String, Object> params = new HashMap<>();
        params.put("personId", personId);
        if (!kinds.isEmpty()) {
            where.append(" and t.kind in (:kinds)");
            params.put("kinds", kinds);
        }
        if (from != null) {
            where.append(" and t.at >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and t.at <= :to");
            params.put("to", to);
        }
        if (!page.isFirst()) {
            where.append(" and (t.at < :afterAt or (t.at = :afterAt and t.entry_key collate \"C\" < :afterKey))");
            params.put("afterAt", OffsetDateTime.parse(page.after(0)));
            params.put("afterKey", page.after(1));
        }
        var query = entityManager.createNativeQuery("""
                select t.at, t.kind, t.event, t.source_id, t.case_id, t.team_id, t.worker_id, t.code, t.summary,
                       t.entry_key
                from timeline_entry t
                where %s
                order by t.at desc, t.entry_key collate "C" desc
                """.formatted(where));
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setMaxResults(page.fetchSize()).getResultList();
        return rows.stream().map(TimelineQuery::entry).toList();
    }

    private static TimelineEntry entry(Object[] row) {
        return new TimelineEntry(timestamp(row[0]), (String) row[1], (String) row[2], uuid(row[3]), uuid(row[4]),
                uuid(row[5]), uuid(row[6]), (String) row[7], (String) row[8], (String) row[9]);
    }

    /** The JDBC driver's type for timestamptz varies with the Hibernate version; answer UTC as everywhere else. */
    private static OffsetDateTime timestamp(Object value) {
        Instant instant;
        if (value instanceof OffsetDateTime offsetDateTime) {
            instant = offsetDateTime.toInstant();
        } else if (value instanceof ZonedDateTime zonedDateTime) {
            instant = zonedDateTime.toInstant();
        } else if (value instanceof Timestamp timestamp) {
            instant = timestamp.toInstant();
        } else {
            instant = (Instant) value;
        }
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static UUID uuid(Object value) {
        return value == null ? null : value instanceof UUID id ? id : UUID.fromString(value.toString());
    }
}
