package org.casework.outcomes;

/**
 * The SQL that turns assessments into scored points, shared by distance travelled and the team summary: one
 * point for each assessment's total (instruments with one), and one for each answered item of per-item and mean
 * instruments, with the direction that says which way is better.
 */
final class ScorePoints {

    private ScorePoints() {
    }

    /**
     * {@code with scoped as (...), point as (...)} over the assessments that {@code where} (a condition on
     * {@code assessment a}) selects; the caller continues with {@code , next as (...)} or a select.
     */
    static String cte(String where) {
        return """
                with scoped as (
                    select a.id, a.person_id, a.instrument_version_id, a.assessed_at, a.respondent, a.score
                    from assessment a
                    where %s),
                point as (
                    select s.person_id, s.instrument_version_id, cast(null as text) as item_code, -1 as position,
                           v.score_direction as direction, s.id, s.assessed_at, s.respondent, s.score as value
                    from scoped s
                    join instrument_version v on v.id = s.instrument_version_id
                    where v.scoring_rule <> 'per-item' and s.score is not null
                    union all
                    select s.person_id, s.instrument_version_id, x.item_code, x.position, it.direction, s.id,
                           s.assessed_at, s.respondent, cast(x.value as numeric(10, 2))
                    from scoped s
                    join instrument_version v on v.id = s.instrument_version_id
                    join assessment_answer x on x.assessment_id = s.id
                    join instrument_item it on it.instrument_version_id = v.id and it.code = x.item_code
                    where v.scoring_rule in ('per-item', 'mean') and not x.declined)
                """.formatted(where);
    }
}
