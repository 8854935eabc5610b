package org.casework.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.casework.common.SqlValues;
import org.casework.targets.TargetViews.Evaluation;

/**
 * The catalogue metrics in SQL, for one team over consecutive periods of a target's cadence, each period a range
 * of local dates (Europe/London) from its first day to the first day of the next: the actual value, and whether
 * it met the threshold (null when there was nothing to measure) and whether the period is over.
 */
@ApplicationScoped
public class TargetQuery {

    /** The periods, their instants, the metric for each (a lateral subquery over {@code p}), then the verdict. */
    private static final String EVALUATIONS = """
            with period as (
                select cast(s as date) as from_day, cast(s + cast(:step as interval) as date) as to_day,
                       casework_day_start(cast(s as date)) as since,
                       casework_day_start(cast(s + cast(:step as interval) as date)) as until
                from generate_series(cast(:first as timestamp), cast(:last as timestamp) - interval '1 day',
                                     cast(:step as interval)) s),
            measured as (
                select p.from_day, p.to_day, m.actual
                from period p
                left join lateral (%s) m on true)
            select e.from_day, e.to_day, e.actual,
                   case when e.actual is null then null
                        when :comparator = 'at-least' then e.actual >= :threshold
                        else e.actual <= :threshold end as met,
                   e.to_day <= casework_local_date(cast(:now as timestamptz)) as complete
            from measured e
            order by e.from_day
            """;

    private static final Map<TargetMetric, String> METRICS = Map.of(
            TargetMetric.CASES_CLOSED_WITHIN_DAYS, """
                    select casework_percentage(
                               count(*) filter (where casework_closed_within(c.opened_at, c.closed_at, :n)),
                               count(*)) as actual
                    from support_case c
                    where c.team_id = :teamId and c.closed_at >= p.since and c.closed_at < p.until
                    """,
            TargetMetric.DAYS_TO_FIRST_CONTACT, """
                    select round(cast(percentile_cont(0.5) within group (
                               order by cast(extract(epoch from f.contact_at - f.presented_at) / 86400
                                             as double precision)) as numeric), 1) as actual
                    from (
                        select pr.presented_at,
                               (select min(i.occurred_at) from interaction i
                                where i.case_id = pr.id and i.occurred_at >= pr.presented_at
                                  and i.contact_status = 'made' and i.initiator in ('person', 'worker'))
                                   as contact_at
                        from (
                            select c.id,
                                   coalesce((select min(i.occurred_at) from interaction i
                                             where i.case_id = c.id
                                               and casework_is_presentation(i.initiator)),
                                            c.opened_at) as presented_at
                            from support_case c
                            where c.team_id = :teamId and c.opened_at >= p.since and c.opened_at < p.until) pr
                        ) f
                    where f.contact_at is not null
                    """,
            TargetMetric.CONTACTS_PER_OPEN_CASE_MONTH, """
                    select round(30.4375 * (select count(*) from interaction i
                                            where i.team_id = :teamId and i.contact_status = 'made'
                                              and i.occurred_at >= p.since and i.occurred_at < p.until)
                                 / nullif(cast(sum(extract(epoch from
                                              least(coalesce(c.closed_at, cast(:now as timestamptz)), p.until)
                                              - greatest(c.opened_at, p.since)) / 86400) as numeric), 0), 2)
                               as actual
                    from support_case c
                    where c.team_id = :teamId and c.opened_at < p.until
                      and coalesce(c.closed_at, cast(:now as timestamptz)) > p.since
                      and c.opened_at < cast(:now as timestamptz)
                    """,
            TargetMetric.REFERRALS_ACKNOWLEDGED_WITHIN_DAYS, """
                    select casework_percentage(
                               count(*) filter (where r.ack_at is not null
                                                  and casework_local_days(r.sent_at, r.ack_at) <= :n),
                               count(*)) as actual
                    from (select r.sent_at,
                                 coalesce(r.acknowledged_at,
                                          case when r.status in ('accepted', 'declined') then r.responded_at end)
                                     as ack_at
                          from referral r
                          where r.to_team_id = :teamId and r.sent_at >= p.since and r.sent_at < p.until) r
                    """,
            TargetMetric.OFFERS_ACCEPTED, """
                    select casework_percentage(count(*) filter (where o.response = 'accepted'),
                                               count(*) filter (where o.response is not null)) as actual
                    from offer o
                    where o.team_id = :teamId and o.offered_at >= p.since and o.offered_at < p.until
                    """);

    private final EntityManager entityManager;

    public TargetQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The metric over each period of {@code step} ({@code 1 month}, {@code 3 months}, {@code 1 year}) from
     * {@code first} up to {@code last} (exclusive), judged against the comparator and threshold.
     */
    @SuppressWarnings("unchecked")
    public List<Evaluation> evaluate(UUID teamId, TargetMetric metric, Integer parameterDays, String comparator,
            BigDecimal threshold, LocalDate first, LocalDate last, String step, OffsetDateTime now) {
        var query = entityManager.createNativeQuery(statement(metric)).setParameter("teamId", teamId)
                .setParameter("first", first).setParameter("last", last).setParameter("step", step)
                .setParameter("comparator", comparator).setParameter("threshold", threshold)
                .setParameter("now", now);
        if (metric.needsParameterDays()) {
            query.setParameter("n", parameterDays);
        }
        List<Object[]> rows = query.getResultList();
        // the SQL's periods end on the first day after; the API's on the last day
        return rows.stream().map(r -> new Evaluation(SqlValues.date(r[0]), SqlValues.date(r[1]).minusDays(1),
                decimal(r[2]), threshold, comparator, (Boolean) r[3], Boolean.TRUE.equals(r[4]))).toList();
    }

    /** The statement that evaluates a metric, as {@code make bench} times it in psql. */
    public static String statement(TargetMetric metric) {
        return EVALUATIONS.formatted(METRICS.get(metric));
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }
}
