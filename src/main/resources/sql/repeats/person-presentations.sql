-- One person's presentation-days in the caller's scope, newest first, with the gap to the previous one: the totals over
-- all of them, and one page of the days (before :beforeDate, at most :fetch). Parameters: :personId uuid, :teams the
-- teams in scope (a uuid[] literal, null: every team), :windowDays integer, :beforeDate date, :fetch.
with day as (
    select d.local_date, d.team_ids as teams, array(select distinct u from unnest(d.issues) u order by 1) as issues,
           array(select distinct u from unnest(d.channels) u order by 1) as channels, d.presentations
    from casework_presentation_days(cast(:teams as uuid[]), cast(:personId as uuid), null,
                                    null, null) d),
flagged as (
    select d.*, d.local_date - lag(d.local_date) over w as gap,
           coalesce(d.issues && lag(d.issues) over w, false) as shares_issue,
           row_number() over (order by d.local_date desc) as recency
    from day d
    window w as (order by d.local_date)),
judged as (
    select f.*, casework_is_repeat(f.gap, cast(:windowDays as integer)) as repeat
    from flagged f),
recent as (
    select array_agg(j.gap order by j.local_date) as gaps
    from judged j
    where j.recency <= 3 and j.gap is not null)
select cast(json_build_object(
    'presentationDays', (select count(*) from judged),
    'repeatPresentations', (select count(*) filter (where repeat) from judged),
    'sameIssueRepeats', (select count(*) filter (where repeat and shares_issue) from judged),
    'lastGaps', (select coalesce(to_json(gaps), '[]') from recent),
    'escalating', (select casework_is_escalating(gaps) from recent),
    'days', (select coalesce(json_agg(json_build_object(
                 'date', j.local_date, 'presentations', j.presentations, 'teamIds', j.teams, 'issues', j.issues,
                 'channels', j.channels, 'daysSincePrevious', j.gap, 'repeat', j.repeat,
                 'sameIssueRepeat', j.repeat and j.shares_issue) order by j.local_date desc), '[]')
             from (select * from judged where local_date < cast(:beforeDate as date)
                   order by local_date desc limit cast(:fetch as integer)) j)) as text)
