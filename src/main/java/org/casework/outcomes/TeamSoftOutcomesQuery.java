package org.casework.outcomes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.casework.common.SqlValues;

/**
 * A team's soft outcomes over a period, in SQL: assessments completed, and for each instrument version (and each
 * item of per-item and mean instruments) how many people improved, stayed the same or got worse between their
 * first and latest score in the period, by the version's meaningful-change threshold; and moments by type.
 */
@ApplicationScoped
public class TeamSoftOutcomesQuery {

    public record Totals(long assessments, long people) {
    }

    public record Change(String instrument, int version, String item, long people, long improved, long unchanged,
            long worse, Double meanChange) {
    }

    public record MomentCount(String type, long count) {
    }

    private static final String TOTALS = """
            select count(*), count(distinct person_id) from assessment
            where team_id = :teamId and assessed_at >= :from and assessed_at < :until
            """;

    private static final String MOMENTS = """
            select type, count(*) from moment
            where team_id = :teamId and occurred_at >= :from and occurred_at < :until
            group by type order by count(*) desc, type
            """;

    private static final String CHANGES = ScorePoints.cte(
            "a.team_id = :teamId and a.assessed_at >= :from and a.assessed_at < :until") + """
            ,
            per_person as (
                select p.instrument_version_id, p.item_code, p.position, p.direction, p.person_id,
                       (array_agg(p.value order by p.assessed_at, p.id))[1] as first_value,
                       (array_agg(p.value order by p.assessed_at desc, p.id desc))[1] as latest_value
                from point p
                group by p.instrument_version_id, p.item_code, p.position, p.direction, p.person_id
                having count(*) >= 2),
            judged as (
                select pp.*, v.meaningful_change,
                       case when abs(pp.latest_value - pp.first_value) < v.meaningful_change then 'unchanged'
                            when (pp.latest_value > pp.first_value) = (pp.direction = 'higher-is-better')
                                then 'improved'
                            else 'worse' end as outcome
                from per_person pp
                join instrument_version v on v.id = pp.instrument_version_id)
            select i.code, v.version, j.item_code, count(*),
                   count(*) filter (where j.outcome = 'improved'),
                   count(*) filter (where j.outcome = 'unchanged'),
                   count(*) filter (where j.outcome = 'worse'),
                   round(avg(j.latest_value - j.first_value), 2)
            from judged j
            join instrument_version v on v.id = j.instrument_version_id
            join instrument i on i.id = v.instrument_id
            group by i.code, v.version, j.item_code, j.position
            order by i.code, v.version, j.position
            """;

    private final EntityManager entityManager;

    public TeamSoftOutcomesQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The statements this runs for a summary, in order, as {@code make bench} times them in psql. */
    public static List<String> statements() {
        return List.of(TOTALS, CHANGES, MOMENTS);
    }

    public Totals totals(UUID teamId, OffsetDateTime from, OffsetDateTime until) {
        Object[] row = (Object[]) entityManager.createNativeQuery(TOTALS).setParameter("teamId", teamId).setParameter("from", from).setParameter("until", until)
                .getSingleResult();
        return new Totals(SqlValues.count(row[0]), SqlValues.count(row[1]));
    }

    @SuppressWarnings("unchecked")
    public List<Change> changes(UUID teamId, OffsetDateTime from, OffsetDateTime until) {
        List<Object[]> rows = entityManager.createNativeQuery(CHANGES).setParameter("teamId", teamId)
                .setParameter("from", from).setParameter("until", until).getResultList();
        return rows.stream().map(r -> new Change((String) r[0], ((Number) r[1]).intValue(), (String) r[2],
                SqlValues.count(r[3]), SqlValues.count(r[4]), SqlValues.count(r[5]), SqlValues.count(r[6]),
                SqlValues.decimal(r[7]))).toList();
    }

    @SuppressWarnings("unchecked")
    public List<MomentCount> moments(UUID teamId, OffsetDateTime from, OffsetDateTime until) {
        List<Object[]> rows = entityManager.createNativeQuery(MOMENTS).setParameter("teamId", teamId).setParameter("from", from).setParameter("until", until)
                .getResultList();
        return rows.stream().map(r -> new MomentCount((String) r[0], SqlValues.count(r[1]))).toList();
    }
}
