package org.casework.timeline;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.casework.common.PageRequest;
import org.casework.common.SqlValues;

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

    /**
     * One page of the person's history. Entries of teams outside {@code notesFrom} (null: all teams) are a summary
     * line: no notes, no closure reason or offer type, and the case's key worker as the person to contact.
     */
    public List<TimelineEntry> page(UUID personId, Set<UUID> notesFrom, List<String> kinds, OffsetDateTime from,
            OffsetDateTime to, PageRequest page) {
        StringBuilder where = new StringBuilder("t.person_id = :personId");
        Map<String, Object> params = new HashMap<>();
        params.put("personId", personId);
        String shown = "true";
        if (notesFrom != null) {
            shown = notesFrom.isEmpty() ? "false" : "t.team_id in (:notesFrom)";
            if (!notesFrom.isEmpty()) {
                params.put("notesFrom", notesFrom);
            }
        }
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
            params.put("afterAt", page.afterTimestamp(0));
            params.put("afterKey", page.after(1));
        }
        var query = entityManager.createNativeQuery("""
                select t.at, t.kind, t.event, t.source_id, t.case_id, t.team_id,
                       case when %1$s then t.worker_id else c.key_worker_id end,
                       case when %1$s or t.kind = 'interaction' then t.code end,
                       case when %1$s then t.summary end,
                       not (%1$s),
                       t.entry_key
                from timeline_entry t
                join support_case c on c.id = t.case_id
                where %2$s
                order by t.at desc, t.entry_key collate "C" desc
                """.formatted(shown, where));
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setMaxResults(page.fetchSize()).getResultList();
        return rows.stream().map(TimelineQuery::entry).toList();
    }

    private static TimelineEntry entry(Object[] row) {
        return new TimelineEntry(SqlValues.timestamp(row[0]), (String) row[1], (String) row[2], uuid(row[3]),
                uuid(row[4]), uuid(row[5]), uuid(row[6]), (String) row[7], (String) row[8], (Boolean) row[9],
                (String) row[10]);
    }

    private static UUID uuid(Object value) {
        return value == null ? null : value instanceof UUID id ? id : UUID.fromString(value.toString());
    }
}
