-- The repeat-presentation dashboard in one statement, as one JSON document. Parameters: :teams the teams the caller may
-- see (a uuid[] literal, null: every team); :team one team id or null (all in scope); :issue an issue-category code or
-- null; :fromDate, :toDate local dates, both included; :today local date; :windowDays repeat window; :frequentDays
-- presentation-days that make a frequent presenter; :listLimit the longest list of people returned. Gaps are measured
-- to the previous presentation-day anywhere in scope; the filters pick which days are counted. The rules (same-day
-- merge, repeat, escalating, return after closure) are the functions of R__01_rules.sql. History is read from the start
-- of the repeat window before :fromDate, or the 12 months to :toDate (frequent and escalating presenters), whichever is
-- earlier.
with day as (
    select d.person_id, d.local_date, d.team_ids as teams, d.issues, d.channels, d.presentations
    from casework_presentation_days(cast(:teams as uuid[]), null,
                                    least(cast(:fromDate as date) - cast(:windowDays as integer),
                                          cast(:toDate as date) - 364),
                                    cast(:toDate as date), cast(:team as uuid)) d
    where cast(:team as uuid) is null or d.person_id in (
            select t.person_id from presentation_day t
            where t.team_id = cast(:team as uuid)
              and t.local_date between least(cast(:fromDate as date) - cast(:windowDays as integer),
                                             cast(:toDate as date) - 364)
                                   and cast(:toDate as date))),
flagged as (
    select d.*, d.local_date - lag(d.local_date) over w as gap, lag(d.issues) over w as previous_issues,
           count(*) over (w rows between current row and unbounded following) as recency
    from day d
    window w as (partition by d.person_id order by d.local_date)),
selected as (
    select f.person_id, f.local_date, f.issues, f.channels, f.presentations,
           casework_is_repeat(f.gap, cast(:windowDays as integer)) as repeat,
           casework_is_repeat(f.gap, cast(:windowDays as integer)) and coalesce(f.issues && f.previous_issues, false)
               as same_issue
    from flagged f
    where (cast(:team as uuid) is null or cast(:team as uuid) = any(f.teams))
      and (cast(:issue as text) is null or cast(:issue as text) = any(f.issues))),
in_period as (
    select * from selected where local_date >= cast(:fromDate as date)),
frequent as (
    select s.person_id, count(*) as days, max(s.local_date) as last_seen
    from selected s
    where s.local_date >= cast(:toDate as date) - 364
    group by s.person_id
    having count(*) >= cast(:frequentDays as integer)),
escalating as (
    select f.person_id, max(f.local_date) as last_seen,
           array_agg(f.gap order by f.local_date) filter (where f.recency <= 3) as gaps
    from flagged f
    where f.recency <= 4 and f.person_id in (select person_id from in_period)
    group by f.person_id
    having count(*) = 4 and min(f.local_date) >= cast(:toDate as date) - 364),
escalating_people as (
    select e.* from escalating e where casework_is_escalating(e.gaps)),
closure as (
    select c.id, c.person_id, c.closed_at, casework_local_date(c.closed_at) as closed_on
    from support_case c
    where c.closed_at is not null
      and casework_in_scope(c.team_id, cast(:teams as uuid[]))
      and (cast(:team as uuid) is null or c.team_id = cast(:team as uuid))
      and c.closed_at >= casework_day_start(cast(:fromDate as date))
      and c.closed_at < casework_day_start(cast(:toDate as date) + 1)
      and casework_closure_can_return(c.closure_reason)),
closure_return as (
    select cl.closed_on, r.returned_on - cl.closed_on as days
    from closure cl
    cross join lateral casework_first_return(cl.person_id, cl.closed_at, cast(:teams as uuid[])) r),
month as (
    select cast(m as date) as month_start
    from generate_series(date_trunc('month', cast(:fromDate as date)), date_trunc('month', cast(:toDate as date)),
                         interval '1 month') m),
issue_day as (
    select distinct p.person_id, p.local_date, p.repeat, p.same_issue, u.issue
    from in_period p cross join unnest(p.issues) u(issue)),
channel_day as (
    select distinct p.person_id, p.local_date, p.repeat, u.channel
    from in_period p cross join unnest(p.channels) u(channel))
select cast(json_build_object(
    'totals', (
        select json_build_object('presentations', coalesce(sum(p.presentations), 0), 'presentationDays', count(*),
               'people', count(distinct p.person_id), 'repeatPresentations', count(*) filter (where p.repeat),
               'sameIssueRepeats', count(*) filter (where p.same_issue),
               'repeatRatePercent', casework_percentage(count(*) filter (where p.repeat), count(*)))
        from in_period p),
    'monthly', (
        select json_agg(json_build_object('month', to_char(m.month_start, 'YYYY-MM'),
                   'presentationDays', coalesce(x.days, 0), 'repeatPresentations', coalesce(x.repeats, 0),
                   'repeatRatePercent', casework_percentage(x.repeats, x.days)) order by m.month_start)
        from month m
        left join (select cast(date_trunc('month', p.local_date) as date) as month_start, count(*) as days,
                          count(*) filter (where p.repeat) as repeats
                   from in_period p group by 1) x on x.month_start = m.month_start),
    'byIssue', (
        select coalesce(json_agg(json_build_object('issue', i.issue, 'presentationDays', i.days,
                   'repeatPresentations', i.repeats, 'sameIssueRepeats', i.same_issue,
                   'repeatRatePercent', casework_percentage(i.repeats, i.days))
                   order by i.days desc, i.issue), '[]')
        from (select issue, count(*) as days, count(*) filter (where repeat) as repeats,
                     count(*) filter (where same_issue) as same_issue
              from issue_day group by issue) i),
    'byChannel', (
        select coalesce(json_agg(json_build_object('channel', c.channel, 'presentationDays', c.days,
                   'repeatPresentations', c.repeats, 'repeatRatePercent', casework_percentage(c.repeats, c.days))
                   order by c.days desc, c.channel), '[]')
        from (select channel, count(*) as days, count(*) filter (where repeat) as repeats
              from channel_day group by channel) c),
    'returnsAfterClosure', (
        select casework_returns_after_closure(array_agg(r.closed_on), array_agg(r.days), cast(:today as date))
        from closure_return r),
    'frequentPresenters', json_build_object(
        'count', (select count(*) from frequent),
        'items', (
            select coalesce(json_agg(json_build_object('personId', f.person_id, 'preferredName', p.preferred_name,
                       'presentationDays', f.days, 'lastSeen', f.last_seen,
                       'openCase', casework_open_case(f.person_id, cast(:teams as uuid[]),
                           cast(:team as uuid)))
                       order by f.days desc, f.last_seen desc, f.person_id), '[]')
            from (select * from frequent order by days desc, last_seen desc, person_id
                  limit cast(:listLimit as integer)) f
            join person p on p.id = f.person_id)),
    'escalating', json_build_object(
        'count', (select count(*) from escalating_people),
        'items', (
            select coalesce(json_agg(json_build_object('personId', e.person_id, 'preferredName', p.preferred_name,
                       'gaps', e.gaps, 'lastSeen', e.last_seen,
                       'openCase', casework_open_case(e.person_id, cast(:teams as uuid[]),
                           cast(:team as uuid)))
                       order by e.gaps[3], e.last_seen desc, e.person_id), '[]')
            from (select * from escalating_people order by gaps[3], last_seen desc, person_id
                  limit cast(:listLimit as integer)) e
            join person p on p.id = e.person_id))) as text)
