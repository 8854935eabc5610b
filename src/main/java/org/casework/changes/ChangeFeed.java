package org.casework.changes;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.casework.common.SqlValues;
import org.casework.people.PersonRepository;
import org.casework.security.TeamScope;

/**
 * Reads the change feed in the order V24__change_feed.sql explains: by transaction and row, only as far as the
 * oldest transaction still running, so what a reader has passed never changes behind it.
 */
@ApplicationScoped
public class ChangeFeed {

    /** A change with its position in the feed: a reader that has it reads on from there. */
    public record Positioned(Change change, FeedPosition position) {
    }

    /**
     * A change is in a scope when it is a record of one of the scope's teams (either team of a referral), or the
     * person's own record or network and a team of the scope sees the person.
     */
    private static final String IN_SCOPE = """
            (cast(:teams as uuid[]) is null
             or e.team_id = any(cast(:teams as uuid[]))
             or e.to_team_id = any(cast(:teams as uuid[]))
             or (e.team_id is null and exists (select 1 from person p where p.id = e.person_id and %s)))
            """.formatted(PersonRepository.VISIBLE_IN_SCOPE);

    /**
     * The oldest transaction still running anywhere on the server, as a number: every change of a transaction
     * below it has committed or never will, so what a reader has passed below it never changes.
     */
    private static final String HORIZON = "pg_snapshot_xmin(pg_current_snapshot())::text::bigint";

    private final EntityManager entityManager;

    public ChangeFeed(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * What a reader gets: up to the limit of changes, the position to read on from, and whether these were all the
     * changes readable now. When they were, the position moves on to the horizon (the oldest transaction still
     * running), past the changes of other teams below it, so that the next read starts there rather than scanning
     * them again.
     */
    public record Read(List<Positioned> changes, FeedPosition next, boolean caughtUp) {
    }

    /**
     * The position of the feed now: after every change readable now, before every change of a transaction still
     * running. A reader starting here is given what changes from now on.
     */
    public FeedPosition now() {
        Number horizon = (Number) entityManager.createNativeQuery("select " + HORIZON).getSingleResult();
        return new FeedPosition(horizon.longValue(), 0);
    }

    /** Up to {@code limit} changes in the scope after the position, oldest first. */
    Read read(FeedPosition position, TeamScope scope, int limit) {
        return read(position, scope.sqlValue(), limit);
    }

    /**
     * Up to {@code limit} changes after the position that a caller of these teams would read, oldest first: what a
     * webhook subscription for the teams is sent.
     */
    public Read readForTeams(FeedPosition position, UUID[] teams, int limit) {
        return read(position, teams, limit);
    }

    private Read read(FeedPosition position, UUID[] teams, int limit) {
        // one statement, so the horizon is that of the snapshot the changes are read in
        var query = entityManager.createNativeQuery("""
                with horizon as (select %s as tx)
                select h.tx, e.tx, e.id, e.record_type, e.record_id, e.change, e.person_id, e.case_id, e.team_id,
                       e.version, e.changed_at
                from horizon h
                left join lateral (
                    select e.* from change_event e
                    where e.tx < h.tx
                      and (e.tx, e.id) > (:tx, :id)
                      and %s
                    order by e.tx, e.id
                    limit :fetch) e on true
                order by e.tx, e.id
                """.formatted(HORIZON, IN_SCOPE))
                .setParameter("tx", position.tx()).setParameter("id", position.id())
                .setParameter("fetch", limit + 1).setParameter("teams", teams);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        long horizon = ((Number) rows.get(0)[0]).longValue();
        List<Positioned> changes = rows.stream().filter(r -> r[2] != null).map(r -> new Positioned(
                new Change((String) r[3], (UUID) r[4], (String) r[5], (UUID) r[6], (UUID) r[7], (UUID) r[8],
                        r[9] == null ? null : ((Number) r[9]).longValue(), SqlValues.timestamp(r[10])),
                new FeedPosition(((Number) r[1]).longValue(), ((Number) r[2]).longValue()))).toList();
        if (changes.size() > limit) {
            List<Positioned> page = changes.subList(0, limit);
            return new Read(page, page.get(limit - 1).position(), false);
        }
        FeedPosition horizonStart = new FeedPosition(horizon, 0);
        FeedPosition last = changes.isEmpty() ? position : changes.get(changes.size() - 1).position();
        return new Read(changes, last.compareTo(horizonStart) < 0 ? horizonStart : last, true);
    }
}
