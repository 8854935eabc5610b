package org.casework.timeline;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.casework.common.PageRequest;
import org.casework.common.SqlValues;
import org.casework.security.TeamScope;

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
     * One page of the person's history. Entries of teams outside {@code notesFrom} (null: the person agreed to
     * share, so every team's notes show) are a summary
     * line: no notes, no closure reason or offer type, and the case's key worker as the person to contact.
     */
    public List<TimelineEntry> page(UUID personId, TeamScope notesFrom, List<String> kinds, OffsetDateTime from,
            OffsetDateTime to, PageRequest page) {
        boolean someTeamsNotes = notesFrom != null && !notesFrom.isEveryTeam();
        var query = entityManager.createNativeQuery(statement(someTeamsNotes, !kinds.isEmpty(), from != null,
                to != null, page.isFirst()))
                .setParameter("personId", personId).setParameter("fetch", page.fetchSize());
        if (someTeamsNotes) {
            notesFrom.bind(query, "notesFrom");
        }
        if (!kinds.isEmpty()) {
            query.setParameter("kinds", kinds);
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        if (!page.isFirst()) {
            query.setParameter("afterAt", page.afterTimestamp(0)).setParameter("afterKey", page.after(1));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(TimelineQuery::entry).toList();
    }

    /** The statement for the filters given, with named parameters, as {@code make bench} times it too. */
    public static String statement(boolean someTeamsNotes, boolean kinds, boolean from, boolean to,
            boolean firstPage) {
        String shown = someTeamsNotes ? "t.team_id = any(cast(:notesFrom as uuid[]))" : "true";
        StringBuilder where = new StringBuilder("t.person_id = :personId");
        if (kinds) {
            where.append(" and t.kind in (:kinds)");
        }
        if (from) {
            where.append(" and t.at >= :from");
        }
        if (to) {
            where.append(" and t.at <= :to");
        }
        if (!firstPage) {
            where.append(" and (t.at < :afterAt or (t.at = :afterAt and t.entry_key collate \"C\" < :afterKey))");
        }
        return """
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
                limit :fetch
                """.formatted(shown, where);
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
