package org.casework.scorecard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.casework.common.SqlValues;
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
                select case_id, sum(n) as total, sum(with_key) as with_key, max(n) as usual, sum(n * n) as squares
                from per_worker
                group by case_id)
            select coalesce(sum(total), 0), coalesce(sum(with_key), 0),
                   round(100.0 * sum(with_key) / nullif(sum(total), 0), 1),
                   count(*),
                   round(avg(cast(usual as numeric) / total), 2),
                   count(*) filter (where total >= 2),
                   round(avg(cast(squares - total as numeric) / (total * (total - 1))) filter (where total >= 2), 2),
                   (select count(*) from handover h
                    join support_case c on c.id = h.case_id
                    where c.team_id = :teamId and h.handed_over_at >= :since and h.handed_over_at < :until)
            from per_case
            """;

    /**
     * The cases closed in the period, each with the local day of the person's next presentation after the
     * closure (to a team in scope) and of their next case opened in the same team.
     */
    private static final String CLOSURES = """
            with closed as (
                select c.id, c.person_id, c.closed_at,
                       cast(c.closed_at at time zone 'Europe/London' as date) as closed_day,
                       cast(c.closed_at at time zone 'Europe/London' as date)
                           - cast(c.opened_at at time zone 'Europe/London' as date) as days_open
                from support_case c
                where c.team_id = :teamId and c.closed_at >= :since and c.closed_at < :until),
            followed as (
                select d.*,
                       (select min(cast(i.occurred_at at time zone 'Europe/London' as date))
                        from interaction i
                        where i.person_id = d.person_id and i.occurred_at > d.closed_at
                          and i.initiator in ('person', 'referral', 'other-agency')
                          and (:allTeams or i.team_id in (:teams))) - d.closed_day as days_to_presentation,
                       (select min(cast(n.opened_at at time zone 'Europe/London' as date))
                        from support_case n
                        where n.person_id = d.person_id and n.team_id = :teamId and n.id <> d.id
                          and n.opened_at > d.closed_at) - d.closed_day as days_to_new_case
                from closed d)
            select count(*) filter (where days_open <= :n),
                   count(*) filter (where days_open <= :n and days_to_presentation <= 90),
                   round(100.0 * count(*) filter (where days_open <= :n and days_to_presentation <= 90)
                         / nullif(count(*) filter (where days_open <= :n), 0), 1),
                   count(*),
                   count(*) filter (where days_to_presentation <= 30 or days_to_new_case <= 30),
                   round(100.0 * count(*) filter (where days_to_presentation <= 30 or days_to_new_case <= 30)
                         / nullif(count(*), 0), 1),
                   count(*) filter (where closed_day >= cast(:toDay as date) - 7),
                   round(100.0 * count(*) filter (where closed_day >= cast(:toDay as date) - 7)
                         / nullif(count(*), 0), 1),
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
                   round(100.0 * count(*) filter (where hours > 168) / nullif(count(*), 0), 1)
            from delay
            """;

    /** The pairing rule of {@code RatingGapQuery}: each self-rating with the nearest worker rating within 14 days. */
    private static final String RATING_GAPS = """
            with pair as (
                select distinct on (s.id) s.id as self_id, s.score as self_score, w.score as worker_score,
                       w.instrument_version_id, coalesce(w.recorded_by_worker_id, c.key_worker_id) as worker_id
                from assessment s
                join support_case c on c.id = s.case_id
                join assessment w on w.case_id = s.case_id and w.instrument_version_id = s.instrument_version_id
                                 and w.respondent = 'worker'
                                 and w.assessed_at between s.assessed_at - interval '14 days'
                                                       and s.assessed_at + interval '14 days'
                where s.team_id = :teamId and s.respondent = 'self'
                  and s.assessed_at >= :since and s.assessed_at < :until
                order by s.id, abs(extract(epoch from w.assessed_at - s.assessed_at)), w.id),
            gap as (
                select p.worker_id,
                       case when v.score_direction = 'lower-is-better' then p.self_score - p.worker_score
                            else p.worker_score - p.self_score end as gap
                from pair p
                join instrument_version v on v.id = p.instrument_version_id
                where p.self_score is not null and p.worker_score is not null)
            select g.worker_id, w.display_name, count(*), count(*) filter (where g.gap > 0),
                   round(100.0 * count(*) filter (where g.gap > 0) / count(*), 1), round(avg(g.gap), 2)
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

    public ScorecardQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
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
     * @param readableTeams the teams whose presentations count, or null for every team
     * @param fastDays the N of a fast closure, and where it came from
     */
    public Closures closures(UUID teamId, OffsetDateTime since, OffsetDateTime until, LocalDate fromDay,
            LocalDate toDay, Set<UUID> readableTeams, int fastDays, String fastDaysFrom) {
        Object[] r = (Object[]) period(entityManager.createNativeQuery(CLOSURES), teamId, since, until)
                .setParameter("fromDay", fromDay).setParameter("toDay", toDay).setParameter("n", fastDays)
                .setParameter("allTeams", readableTeams == null)
                .setParameter("teams", readableTeams == null ? List.of(teamId) : List.copyOf(readableTeams))
                .getSingleResult();
        return new Closures(
                new FastClosures(fastDays, fastDaysFrom, SqlValues.count(r[0]), SqlValues.count(r[1]),
                        SqlValues.decimal(r[2])),
                new QuickReturns(SqlValues.count(r[3]), SqlValues.count(r[4]), SqlValues.decimal(r[5])),
                new EndOfPeriodClosures(SqlValues.count(r[3]), SqlValues.count(r[6]), SqlValues.decimal(r[7]),
                        SqlValues.decimal(r[8])));
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
