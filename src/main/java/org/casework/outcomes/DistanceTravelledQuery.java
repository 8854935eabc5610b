package org.casework.outcomes;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.casework.security.TeamScope;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.casework.common.Coded;
import org.casework.common.SqlValues;

/**
 * Distance travelled, in one query: every scored point of a case's or a person's assessments, each carrying the
 * first and latest of its series, the change, and whether the change is meaningful and which way it runs.
 * A series is one instrument version's total, or one of its items; points are compared only within a version,
 * so a threshold or scale changed by a new version never mixes with the old one. Items are reported where the
 * threshold is on the item's own scale: per-item instruments (ONS4) and mean-scored ones (well-being domains).
 * Declined items and totals left null by a declined item are not points.
 */
@ApplicationScoped
public class DistanceTravelledQuery {

    /** One point of a series, with its series' summary repeated (window functions), in report order. */
    public record Point(UUID versionId, String instrument, int version, ScoringRule scoringRule,
            Direction scoreDirection, BigDecimal meaningfulChange, String item, Direction direction,
            UUID assessmentId, OffsetDateTime assessedAt, Respondent respondent, BigDecimal value,
            BigDecimal first, OffsetDateTime firstAt, BigDecimal latest, OffsetDateTime latestAt, long points,
            BigDecimal change, Boolean meaningful, String outcome) {
    }

    /** Which assessments are the subject's: by case, or by person (within the teams the caller may read). */
    enum Scope {
        CASE("case_id"), PERSON("person_id");

        final String column;

        Scope(String column) {
            this.column = column;
        }
    }

    private static final String SQL = ScorePoints.cte("""
            a.%1$s = :id
              and (cast(:respondent as text) is null or a.respondent = cast(:respondent as text))
              %2$s""") + """
            ,
            series as (
                select p.*,
                       first_value(p.value) over w as first_value,
                       first_value(p.assessed_at) over w as first_at,
                       last_value(p.value) over w as latest_value,
                       last_value(p.assessed_at) over w as latest_at,
                       count(*) over w as points
                from point p
                window w as (partition by p.instrument_version_id, p.item_code order by p.assessed_at, p.id
                             rows between unbounded preceding and unbounded following))
            select v.id, i.code, v.version, v.scoring_rule, v.score_direction, v.meaningful_change, s.item_code,
                   s.direction, s.id, s.assessed_at, s.respondent, s.value, s.first_value, s.first_at,
                   s.latest_value, s.latest_at, s.points,
                   case when s.points > 1 then s.latest_value - s.first_value end as change,
                   case when s.points > 1 then abs(s.latest_value - s.first_value) >= v.meaningful_change end
                       as meaningful,
                   case when s.points < 2 then null
                        when abs(s.latest_value - s.first_value) < v.meaningful_change then 'unchanged'
                        when (s.latest_value > s.first_value) = (s.direction = 'higher-is-better') then 'improved'
                        else 'worse' end as outcome
            from series s
            join instrument_version v on v.id = s.instrument_version_id
            join instrument i on i.id = v.instrument_id
            order by i.code, v.version, s.position, s.assessed_at, s.id
            """;

    private final EntityManager entityManager;

    public DistanceTravelledQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * @param teams the teams whose assessments count
     * @param respondent only this respondent's assessments, or null for all
     */
    public List<Point> points(Scope scope, UUID id, TeamScope teams, Respondent respondent) {
        Query query = teams.bind(entityManager.createNativeQuery(SQL.formatted(scope.column,
                "and casework_in_scope(a.team_id, cast(:teams as uuid[]))")), "teams")
                .setParameter("id", id)
                .setParameter("respondent", respondent == null ? null : respondent.code());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new Point((UUID) row[0], (String) row[1], ((Number) row[2]).intValue(),
                Coded.fromCode(ScoringRule.class, (String) row[3]), direction(row[4]), (BigDecimal) row[5],
                (String) row[6], direction(row[7]), (UUID) row[8], SqlValues.timestamp(row[9]),
                Coded.fromCode(Respondent.class, (String) row[10]), (BigDecimal) row[11], (BigDecimal) row[12],
                SqlValues.timestamp(row[13]), (BigDecimal) row[14], SqlValues.timestamp(row[15]),
                SqlValues.count(row[16]), (BigDecimal) row[17], (Boolean) row[18], (String) row[19])).toList();
    }

    private static Direction direction(Object code) {
        return code == null ? null : Coded.fromCode(Direction.class, (String) code);
    }
}
