-- GET /api/teams/{id}/soft-outcomes: the three queries of org.casework.outcomes.TeamSoftOutcomesQuery, as the
-- service runs them (from/until are the local-midnight instants of the period's first day and the day after it).
-- Copied by hand: when that class changes, change this file (the repeat and scorecard queries instead live in
-- classpath files that the bench reads directly).
select count(*), count(distinct person_id) from assessment
where team_id = :teamId and assessed_at >= :from and assessed_at < :until;

with scoped as (
    select a.id, a.person_id, a.instrument_version_id, a.assessed_at, a.respondent, a.score
    from assessment a
    where a.team_id = :teamId and a.assessed_at >= :from and a.assessed_at < :until),
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
order by i.code, v.version, j.position;

select type, count(*) from moment
where team_id = :teamId and occurred_at >= :from and occurred_at < :until
group by type order by count(*) desc, type;
