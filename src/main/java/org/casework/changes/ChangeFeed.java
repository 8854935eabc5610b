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

    private final EntityManager entityManager;

    public ChangeFeed(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Up to {@code limit} changes in the scope after the position, oldest first. */
    List<Positioned> after(FeedPosition position, TeamScope scope, int limit) {
        return after(position, scope.sqlValue(), limit);
    }

    /**
     * Up to {@code limit} changes after the position that a caller of these teams would read, oldest first: what a
     * webhook subscription for the teams is sent.
     */
    public List<Positioned> afterForTeams(FeedPosition position, UUID[] teams, int limit) {
        return after(position, teams, limit);
    }

    private List<Positioned> after(FeedPosition position, UUID[] teams, int limit) {
        var query = entityManager.createNativeQuery("""
                select e.tx, e.id, e.record_type, e.record_id, e.change, e.person_id, e.case_id, e.team_id,
                       e.version, e.changed_at
                from change_event e
                where e.tx < pg_snapshot_xmin(pg_current_snapshot())::text::bigint
                  and (e.tx, e.id) > (:tx, :id)
                  and %s
                order by e.tx, e.id
                limit :limit
                """.formatted(IN_SCOPE))
                .setParameter("tx", position.tx()).setParameter("id", position.id()).setParameter("limit", limit);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setParameter("teams", teams).getResultList();
        return rows.stream().map(r -> new Positioned(
                new Change((String) r[2], (UUID) r[3], (String) r[4], (UUID) r[5], (UUID) r[6], (UUID) r[7],
                        r[8] == null ? null : ((Number) r[8]).longValue(), SqlValues.timestamp(r[9])),
                new FeedPosition(((Number) r[0]).longValue(), ((Number) r[1]).longValue()))).toList();
    }
}
