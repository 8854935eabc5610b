-- The repeat-presentation dashboard for a caller who sees every team, read from the summaries that V12 keeps
-- (presentation_tally, the day-level columns of presentation_day, case_return) instead of windowing over every
-- presentation-day: the same answer as dashboard.sql with the whole council in scope, the default 28-day window
-- (or the team's own with :team), and no issue filter.
-- Parameters: :team one team id or null (all in scope); :fromDate, :toDate local dates, both included; :today local
-- date; :frequentDays; :listLimit.
with tally as (
    select t.local_date, t.dimension, t.value, t.days, t.presentations, t.repeats, t.same_issue
    from presentation_tally t
    where cast(:team as uuid) is null and t.team_id is null
      and t.local_date between cast(:fromDate as date) and cast(:toDate as date)
    union all
    select t.local_date, t.dimension, t.value, t.days, t.presentations, t.repeats, t.same_issue
    from presentation_tally t
    where cast(:team as uuid) is not null and t.team_id = cast(:team as uuid)
      and t.local_date between cast(:fromDate as date) and cast(:toDate as date)),
selected as (
    select pd.person_id, pd.local_date
    from presentation_day pd
    where cast(:team as uuid) is null and pd.day_lead
      and pd.local_date between least(cast(:fromDate as date), cast(:toDate as date) - 364) and cast(:toDate as date)
    union all
    select pd.person_id, pd.local_date
    from presentation_day pd
    where cast(:team as uuid) is not null and pd.team_id = cast(:team as uuid)
      and pd.local_date between least(cast(:fromDate as date), cast(:toDate as date) - 364) and cast(:toDate as date)),
per_person as (
    select s.person_id, count(*) filter (where s.local_date >= cast(:fromDate as date)) as in_period,
           count(*) filter (where s.local_date >= cast(:toDate as date) - 364) as in_year, max(s.local_date) as last_seen
    from selected s
    group by s.person_id),
frequent as (
    select p.person_id, p.in_year as days, p.last_seen
    from per_person p
    where p.in_year >= cast(:frequentDays as integer)),
escalating_people as (
    -- a person's last presentation-day up to :toDate, in the period, when its last three gaps shrink
    select pd.person_id, pd.local_date as last_seen, pd.escalation_from, pd.gap_days
    from presentation_day pd
    where pd.day_lead and pd.escalation_from is not null
      and pd.local_date between cast(:fromDate as date) and cast(:toDate as date)
      and (pd.next_date is null or pd.next_date > cast(:toDate as date))
      and pd.escalation_from >= cast(:toDate as date) - 364
      and (cast(:team as uuid) is null or pd.person_id in (
            select t.person_id from presentation_day t
            where t.team_id = cast(:team as uuid)
              and t.local_date between cast(:fromDate as date) and cast(:toDate as date)))),
closure_return as (
    select r.closed_on, r.returned_on - r.closed_on as days
    from case_return r
    where r.counted
      and (cast(:team as uuid) is null or r.team_id = cast(:team as uuid))
      and r.closed_at >= casework_day_start(cast(:fromDate as date))
      and r.closed_at < casework_day_start(cast(:toDate as date) + 1)),
month as (
    select cast(m as date) as month_start
    from generate_series(date_trunc('month', cast(:fromDate as date)), date_trunc('month', cast(:toDate as date)),
                         interval '1 month') m)
select cast(json_build_object(
    'totals', (
        select json_build_object('presentations', coalesce(sum(t.presentations), 0),
               'presentationDays', coalesce(sum(t.days), 0),
               'people', (select count(*) from per_person where in_period > 0),
               'repeatPresentations', coalesce(sum(t.repeats), 0), 'sameIssueRepeats', coalesce(sum(t.same_issue), 0),
               'repeatRatePercent', casework_percentage(sum(t.repeats), sum(t.days)))
        from tally t where t.dimension = 'total'),
    'monthly', (
        select json_agg(json_build_object('month', to_char(m.month_start, 'YYYY-MM'),
                   'presentationDays', m.days, 'repeatPresentations', m.repeats,
                   'repeatRatePercent', casework_percentage(m.repeats, m.days)) order by m.month_start)
        from (select m.month_start, coalesce(sum(t.days), 0) as days, coalesce(sum(t.repeats), 0) as repeats
              from month m
              left join tally t on t.dimension = 'total' and t.local_date >= m.month_start
                               and t.local_date < cast(m.month_start + interval '1 month' as date)
              group by m.month_start) m),
    'byIssue', (
        select coalesce(json_agg(json_build_object('issue', i.value, 'presentationDays', i.days,
                   'repeatPresentations', i.repeats, 'sameIssueRepeats', i.same_issue,
                   'repeatRatePercent', casework_percentage(i.repeats, i.days))
                   order by i.days desc, i.value), '[]')
        from (select value, sum(days) as days, sum(repeats) as repeats, sum(same_issue) as same_issue
              from tally where dimension = 'issue' group by value having sum(days) > 0) i),
    'byChannel', (
        select coalesce(json_agg(json_build_object('channel', c.value, 'presentationDays', c.days,
                   'repeatPresentations', c.repeats, 'repeatRatePercent', casework_percentage(c.repeats, c.days))
                   order by c.days desc, c.value), '[]')
        from (select value, sum(days) as days, sum(repeats) as repeats
              from tally where dimension = 'channel' group by value having sum(days) > 0) c),
    'returnsAfterClosure', (
        select casework_returns_after_closure(array_agg(r.closed_on), array_agg(r.days), cast(:today as date))
        from closure_return r),
    'frequentPresenters', json_build_object(
        'count', (select count(*) from frequent),
        'items', (
            select coalesce(json_agg(json_build_object('personId', f.person_id, 'preferredName', p.preferred_name,
                       'presentationDays', f.days, 'lastSeen', f.last_seen,
                       'openCase', casework_open_case(f.person_id, null,
                           cast(:team as uuid)))
                       order by f.days desc, f.last_seen desc, f.person_id), '[]')
            from (select * from frequent order by days desc, last_seen desc, person_id
                  limit cast(:listLimit as integer)) f
            join person p on p.id = f.person_id)),
    'escalating', json_build_object(
        'count', (select count(*) from escalating_people),
        'items', (
            select coalesce(json_agg(json_build_object('personId', e.person_id, 'preferredName', p.preferred_name,
                       'gaps', (select json_agg(d.gap_days order by d.local_date) from presentation_day d
                                where d.person_id = e.person_id and d.day_lead
                                  and d.local_date > e.escalation_from and d.local_date <= e.last_seen),
                       'lastSeen', e.last_seen,
                       'openCase', casework_open_case(e.person_id, null,
                           cast(:team as uuid)))
                       order by e.gap_days, e.last_seen desc, e.person_id), '[]')
            from (select * from escalating_people order by gap_days, last_seen desc, person_id
                  limit cast(:listLimit as integer)) e
            join person p on p.id = e.person_id))) as text)
