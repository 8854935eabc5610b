package org.casework.workload;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.casework.common.SqlValues;
import org.casework.common.TimeConfig;
import org.casework.workload.Workload.WorkerLoad;

/**
 * The workload figures in one statement, for given workers over given teams' records:
 * <ul>
 * <li>open cases as key worker, and the distinct people among them whose record has safety notes: the teams' cases
 * open at the end of {@code asOf} whose key worker then (after the handovers up to that moment) was the worker;</li>
 * <li>contacts made and attempted: interactions in the period that the worker led, with contact status {@code made}
 * or any other status (no answer, did not attend, cancelled);</li>
 * <li>hours of contact: the recorded durations of the contacts made, in hours to one decimal; contacts made with
 * no duration add nothing and are counted apart;</li>
 * <li>weighty contacts: contacts made with at least one of the weighty issues;</li>
 * <li>out-of-hours contacts: contacts made whose local time is before the day starts or from the time it ends, or
 * on a Saturday or Sunday;</li>
 * <li>handovers received: handovers of the teams' cases to the worker in the period;</li>
 * <li>days since a day without a weighty contact: how many days in a row, ending with {@code asOf}, the worker made a
 * weighty contact; today does not break the run while it is still under way; counted back at most a year.</li>
 * </ul>
 */
@ApplicationScoped
public class WorkloadQuery {

    /** How far back the run of weighty days is followed. */
    static final int RUN_LOOKBACK_DAYS = 366;

    /** The cases open at the end of today: each case's current key worker (no handover can lie in the future). */
    private static final String OPEN_NOW = """
            open_case as (
                select c.person_id, c.key_worker_id as worker_id
                from support_case c
                where c.status = 'open' and c.team_id in (:teams) and c.key_worker_id in (:workers)),
            """;

    /** The cases open at the end of a past day, each with its key worker then, after the handovers up to it. */
    private static final String OPEN_AT = """
            open_case as (
                select c.person_id,
                       coalesce((select h.to_worker_id from handover h
                                 where h.case_id = c.id and h.handed_over_at < :asOfEnd
                                 order by h.handed_over_at desc, h.id desc limit 1),
                                (select h.from_worker_id from handover h
                                 where h.case_id = c.id
                                 order by h.handed_over_at, h.id limit 1),
                                c.key_worker_id) as worker_id
                from support_case c
                where c.team_id in (:teams) and c.opened_at < :asOfEnd
                  and (c.closed_at is null or c.closed_at >= :asOfEnd)),
            """;

    private static final String WORKLOAD = """
            with member as (
                select w.id, w.display_name from worker w where w.id in (:workers)),
            contact as (
                select i.lead_worker_id as worker_id, i.contact_status = 'made' as made, i.duration_minutes,
                       i.occurred_at at time zone casework_zone() as local_at,
                       exists (select 1 from interaction_issue ii
                               where ii.interaction_id = i.id and ii.category in (:weighty))
                           as weighty
                from interaction i
                where i.team_id in (:teams) and i.lead_worker_id in (:workers)
                  and i.occurred_at >= :since and i.occurred_at < :until),
            contacts as (
                select worker_id,
                       count(*) filter (where made) as made,
                       count(*) filter (where not made) as attempted,
                       round(coalesce(sum(duration_minutes) filter (where made), 0) / 60.0, 1) as hours,
                       count(*) filter (where made and duration_minutes is null) as without_duration,
                       count(*) filter (where made and weighty) as weighty,
                       count(*) filter (where made and (extract(isodow from local_at) >= 6
                                                        or cast(local_at as time) < cast(:dayStarts as time)
                                                        or cast(local_at as time) >= cast(:dayEnds as time)))
                           as out_of_hours
                from contact
                group by worker_id),
%s            caseload as (
                select o.worker_id, count(*) as open_cases,
                       count(distinct o.person_id) filter (where nullif(btrim(p.safety_notes), '') is not null)
                           as with_safety_notes
                from open_case o
                join person p on p.id = o.person_id
                where o.worker_id in (:workers)
                group by o.worker_id),
            received as (
                select h.to_worker_id as worker_id, count(*) as handovers
                from handover h
                join support_case c on c.id = h.case_id
                where c.team_id in (:teams) and h.to_worker_id in (:workers)
                  and h.handed_over_at >= :since and h.handed_over_at < :until
                group by h.to_worker_id),
            weighty_day as (
                select distinct i.lead_worker_id as worker_id,
                       casework_local_date(i.occurred_at) as day
                from interaction i
                where i.team_id in (:teams) and i.lead_worker_id in (:workers)
                  and i.contact_status = 'made' and i.occurred_at >= :runSince and i.occurred_at < :asOfEnd
                  and exists (select 1 from interaction_issue ii
                              where ii.interaction_id = i.id and ii.category in (:weighty))),
            ranked as (
                select worker_id, day, max(day) over (partition by worker_id) as latest,
                       cast(row_number() over (partition by worker_id order by day desc) as integer) - 1 as back
                from weighty_day),
            run as (
                select worker_id, count(*) as days
                from ranked
                where day = latest - back and latest >= cast(:runMustReach as date)
                group by worker_id)
            select m.id, m.display_name, coalesce(l.open_cases, 0), coalesce(l.with_safety_notes, 0),
                   coalesce(c.made, 0), coalesce(c.attempted, 0), coalesce(c.hours, 0.0),
                   coalesce(c.without_duration, 0), coalesce(c.weighty, 0), coalesce(c.out_of_hours, 0),
                   coalesce(r.handovers, 0), coalesce(x.days, 0)
            from member m
            left join contacts c on c.worker_id = m.id
            left join caseload l on l.worker_id = m.id
            left join received r on r.worker_id = m.id
            left join run x on x.worker_id = m.id
            order by m.display_name, m.id
            """;

    private static final String MEMBERS = """
            select w.id from worker w
            join worker_team t on t.worker_id = w.id
            where t.team_id = :teamId and w.active
              and exists (select 1 from worker_role r
                          where r.worker_id = w.id and r.role in ('worker', 'team-lead'))
            """;

    private final EntityManager entityManager;

    public WorkloadQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The figures of today's workload, as {@code make bench} times them in psql after {@link #members()}. */
    public static String statement() {
        return WORKLOAD.formatted(OPEN_NOW);
    }

    /** The statement that lists a team's workers, as {@code make bench} times it. */
    public static String members() {
        return MEMBERS;
    }

    /** The team's active workers and team leads: those who carry cases (not admins or integrations). */
    @SuppressWarnings("unchecked")
    public List<UUID> members(UUID teamId) {
        return entityManager.createNativeQuery(MEMBERS, UUID.class).setParameter("teamId", teamId).getResultList();
    }

    /**
     * @param from the period's first day, @param to its last (local dates)
     * @param asOf the last day of the run of weighty days; @param today whether asOf is today (still under way)
     */
    @SuppressWarnings("unchecked")
    public List<WorkerLoad> workload(List<UUID> teams, List<UUID> workers, LocalDate from, LocalDate to,
            LocalDate asOf, boolean today, List<String> weightyIssues, LocalTime dayStarts, LocalTime dayEnds) {
        // a worker without a team, or a team without workers: "in ()" is not SQL, and there is nothing to count
        if (teams.isEmpty() || workers.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = entityManager.createNativeQuery(WORKLOAD.formatted(today ? OPEN_NOW : OPEN_AT))
                .setParameter("teams", teams)
                .setParameter("workers", workers)
                .setParameter("weighty", weightyIssues)
                .setParameter("since", start(from))
                .setParameter("until", start(to.plusDays(1)))
                .setParameter("dayStarts", dayStarts.toString())
                .setParameter("dayEnds", dayEnds.toString())
                .setParameter("asOfEnd", start(asOf.plusDays(1)))
                .setParameter("runSince", start(asOf.minusDays(RUN_LOOKBACK_DAYS)))
                .setParameter("runMustReach", today ? asOf.minusDays(1) : asOf)
                .getResultList();
        return rows.stream().map(r -> new WorkerLoad((UUID) r[0], (String) r[1], SqlValues.count(r[2]),
                SqlValues.count(r[3]), SqlValues.count(r[4]), SqlValues.count(r[5]), (BigDecimal) r[6],
                SqlValues.count(r[7]), SqlValues.count(r[8]), SqlValues.count(r[9]), SqlValues.count(r[10]),
                SqlValues.count(r[11]))).toList();
    }

    private static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(TimeConfig.LOCAL_ZONE).toOffsetDateTime();
    }
}
