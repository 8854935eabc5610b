package org.casework.scorecard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.casework.common.SqlValues;
import org.casework.repeats.PresentationSummaries;
import org.casework.security.TeamScope;
import org.casework.scorecard.Scorecard.Continuity;
import org.casework.scorecard.Scorecard.EndOfPeriodClosures;
import org.casework.scorecard.Scorecard.FastClosures;
import org.casework.scorecard.Scorecard.QuickReturns;
import org.casework.scorecard.Scorecard.RecordingDelay;
import org.casework.scorecard.Scorecard.WorkerRatingHigher;

/**
 * The scorecard's own measures in SQL, for one team over [since, until): continuity of key worker and the
 * gaming signals. Days are local dates (Europe/London); shares are percentages with one decimal.
 */
@ApplicationScoped
public class ScorecardQuery {

    private static final String CONTINUITY = """
            with contact as (
                select i.case_id, i.lead_worker_id, i.lead_worker_id = c.key_worker_id as with_key_worker
                from interaction i
                join support_case c on c.id = i.case_id
                where i.team_id = :teamId and i.contact_status = 'made'
                  and i.occurred_at >= :since and i.occurred_at < :until),
            per_worker as (
                select case_id, lead_worker_id, count(*) as n, count(*) filter (where with_key_worker) as with_key
                from contact
                group by case_id, lead_worker_id),
            per_case as (
                select case_id, cast(sum(n) as bigint) as total, sum(with_key) as with_key, max(n) as usual,
                       cast(sum(n * n) as bigint) as squares
                from per_worker
                group by case_id)
            select coalesce(sum(total), 0), coalesce(sum(with_key), 0),
                   casework_percentage(sum(with_key), sum(total)),
                   count(*),
                   round(avg(casework_usual_provider_index(usual, total)), 4),
                   count(*) filter (where total >= 2),
                   round(avg(casework_continuity_of_care_index(squares, total)), 4),
                   (select count(*) from handover h
                    join support_case c on c.id = h.case_id
                    where c.team_id = :teamId and h.handed_over_at >= :since and h.handed_over_at < :until)
            from per_case
            """;

    /**
     * The cases closed in the period, each with the local day of the person's first return after the closure (to
     * a team in scope) and of their next case opened in the same team. Like the repeat dashboard's returns after
     * closure, the signals about coming back count only closures someone can come back from (not for death or
     * moving away); the end-of-period signal counts every closure.
     */
    private static final String CLOSURES = """
            with closed as (
                select c.id, c.person_id, c.closed_at, casework_local_date(c.closed_at) as closed_day,
                       casework_closed_within(c.opened_at, c.closed_at, :n) as fast,
                       casework_closure_can_return(c.closure_reason) as can_return
                from support_case c
                where c.team_id = :teamId and c.closed_at >= :since and c.closed_at < :until),
            followed as (
                select d.*, r.returned_on - d.closed_day as days_to_presentation,
                       (select min(casework_local_date(n.opened_at))
                        from support_case n
                        where n.person_id = d.person_id and n.team_id = :teamId and n.id <> d.id
                          and n.opened_at > d.closed_at) - d.closed_day as days_to_new_case
                from closed d
                cross join lateral casework_first_return(d.person_id, d.closed_at, cast(:teams as uuid[])) r)
            select count(*) filter (where fast and can_return),
                   count(*) filter (where fast and can_return and days_to_presentation <= 90),
                   casework_percentage(count(*) filter (where fast and can_return and days_to_presentation <= 90),
                                       count(*) filter (where fast and can_return)),
                   count(*) filter (where can_return),
                   count(*) filter (where can_return and (days_to_presentation <= 30 or days_to_new_case <= 30)),
                   casework_percentage(count(*) filter (where can_return
                                                        and (days_to_presentation <= 30 or days_to_new_case <= 30)),
                                       count(*) filter (where can_return)),
                   count(*),
                   count(*) filter (where closed_day >= cast(:toDay as date) - 7),
                   casework_percentage(count(*) filter (where closed_day >= cast(:toDay as date) - 7), count(*)),
                   round(700.0 / (cast(:toDay as date) - cast(:fromDay as date)), 1)
            from followed
            """;

    private static final String RECORDING_DELAY = """
            with delay as (
                select extract(epoch from i.recorded_at - i.occurred_at) / 3600 as hours
                from interaction i
                where i.team_id = :teamId and i.occurred_at >= :since and i.occurred_at < :until)
            select count(*),
                   round(cast(percentile_cont(0.5) within group (order by cast(hours as double precision))
                              as numeric), 1),
                   round(cast(percentile_cont(0.9) within group (order by cast(hours as double precision))
                              as numeric), 1),
                   count(*) filter (where hours > 168),
                   casework_percentage(count(*) filter (where hours > 168), count(*))
            from delay
            """;

    /** The rating-gap pairs of the team's self-ratings in the period, per worker who rated. */
    private static final String RATING_GAPS = """
            with gap as (
                select p.worker_id, p.gap
                from casework_rating_pairs(null, :teamId, :since, :until) p
                where p.gap is not null)
            select g.worker_id, w.display_name, count(*), count(*) filter (where g.gap > 0),
                   casework_percentage(count(*) filter (where g.gap > 0), count(*)), round(avg(g.gap), 2)
            from gap g
            join worker w on w.id = g.worker_id
            group by g.worker_id, w.display_name
            having count(*) >= 3 and avg(g.gap) > 0
            order by avg(g.gap) desc, g.worker_id
            """;

    /** The closure-based gaming signals, (a) to (c). */
    public record Closures(FastClosures fast, QuickReturns quickReturns, EndOfPeriodClosures endOfPeriod) {
    }

    private final EntityManager entityManager;
    private final PresentationSummaries summaries;

    public ScorecardQuery(EntityManager entityManager, PresentationSummaries summaries) {
        this.entityManager = entityManager;
        this.summaries = summaries;
    }

    /** The statements this runs for a scorecard, in order, as {@code make bench} times them in psql. */
    public static List<String> statements() {
        return List.of(CLOSURES, RECORDING_DELAY, RATING_GAPS, CONTINUITY);
    }

    public Continuity continuity(UUID teamId, OffsetDateTime since, OffsetDateTime until) {
        Object[] r = (Object[]) period(entityManager.createNativeQuery(CONTINUITY), teamId, since, until)
                .getSingleResult();
        return new Continuity(SqlValues.count(r[0]), SqlValues.count(r[1]), SqlValues.decimal(r[2]),
                SqlValues.count(r[3]), SqlValues.decimal(r[4]), SqlValues.count(r[5]), SqlValues.decimal(r[6]),
                SqlValues.count(r[7]));
    }

    /**
     * @param scope the teams whose presentations count
     * @param fastDays the N of a fast closure, and where it came from
     */
    public Closures closures(UUID teamId, OffsetDateTime since, OffsetDateTime until, LocalDate fromDay,
            LocalDate toDay, TeamScope scope, int fastDays, String fastDaysFrom) {
        summaries.catchUp(); // the quick returns are read from the presentation-days
        Object[] r = (Object[]) period(scope.bind(entityManager.createNativeQuery(CLOSURES), "teams"), teamId, since,
                until)
                .setParameter("fromDay", fromDay).setParameter("toDay", toDay).setParameter("n", fastDays)
                .getSingleResult();
        return new Closures(
                new FastClosures(fastDays, fastDaysFrom, SqlValues.count(r[0]), SqlValues.count(r[1]),
                        SqlValues.decimal(r[2])),
                new QuickReturns(SqlValues.count(r[3]), SqlValues.count(r[4]), SqlValues.decimal(r[5])),
                new EndOfPeriodClosures(SqlValues.count(r[6]), SqlValues.count(r[7]), SqlValues.decimal(r[8]),
                        SqlValues.decimal(r[9])));
    }

    public RecordingDelay recordingDelay(UUID teamId, OffsetDateTime since, OffsetDateTime until) {
        Object[] r = (Object[]) period(entityManager.createNativeQuery(RECORDING_DELAY), teamId, since, until)
                .getSingleResult();
        return new RecordingDelay(SqlValues.count(r[0]), SqlValues.decimal(r[1]), SqlValues.decimal(r[2]),
                SqlValues.count(r[3]), SqlValues.decimal(r[4]));
    }

    @SuppressWarnings("unchecked")
    public List<WorkerRatingHigher> workersRatingHigher(UUID teamId, OffsetDateTime since, OffsetDateTime until) {
        List<Object[]> rows = period(entityManager.createNativeQuery(RATING_GAPS), teamId, since, until)
                .getResultList();
        return rows.stream().map(r -> new WorkerRatingHigher((UUID) r[0], (String) r[1], SqlValues.count(r[2]),
                SqlValues.count(r[3]), SqlValues.decimal(r[4]), SqlValues.decimal(r[5]))).toList();
    }

    private static Query period(Query query, UUID teamId, OffsetDateTime since, OffsetDateTime until) {
        return query.setParameter("teamId", teamId).setParameter("since", since).setParameter("until", until);
    }
}
