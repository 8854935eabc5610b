-- The presentation-day summaries that V12 created (what they are and why is said there), as they are now: the
-- functions and views that keep them, edited in place (Flyway re-runs this file whenever it changes). The tables
-- and triggers stay in the versioned migrations. The rules themselves are R__01_rules.sql's.

-- The day-level columns as they should be, for every person-day (filter by person_id: it is pushed down).
create or replace view presentation_day_computed as
select d.person_id, d.local_date, d.lead_team, d.day_presentations, d.day_issues, d.day_channels,
       d.local_date - lag(d.local_date) over w as gap_days,
       coalesce(d.day_issues && lag(d.day_issues) over w, false) as shares_issue,
       case when casework_is_escalating(array[lag(d.local_date, 2) over w - lag(d.local_date, 3) over w,
                                              lag(d.local_date, 1) over w - lag(d.local_date, 2) over w,
                                              d.local_date - lag(d.local_date, 1) over w])
            then lag(d.local_date, 3) over w end as escalation_from,
       lead(d.local_date) over w as next_date
from (select m.person_id, m.local_date, m.team_ids[1] as lead_team, m.presentations as day_presentations,
             array(select distinct u from unnest(m.issues) u order by 1) as day_issues,
             array(select distinct u from unnest(m.channels) u order by 1) as day_channels
      from casework_presentation_days(null, null, null, null, null) m) d
window w as (partition by d.person_id order by d.local_date);

-- The window that makes a repeat: the team's own for its tallies, the default across every team.
create or replace function casework_repeat_window(p_team uuid) returns integer
    language sql stable
    return coalesce((select repeat_window_days from team where id = p_team), casework_default_repeat_window());

-- What one presentation_day row adds to the tallies: for its team, and across every team when it is the lead.
create or replace function casework_tally_rows(r presentation_day)
    returns table (team_id uuid, dimension text, value text, days integer, presentations integer, repeats integer,
                   same_issue integer)
    language sql stable as $$
    with counted (team_id, presentations, repeat_window) as (
        select r.team_id, r.presentations, casework_repeat_window(r.team_id)
        union all
        select null, coalesce(r.day_presentations, 0), casework_default_repeat_window() where r.day_lead)
    select c.team_id, x.dimension, x.value, 1, c.presentations,
           case when casework_is_repeat(r.gap_days, c.repeat_window) then 1 else 0 end,
           case when casework_is_repeat(r.gap_days, c.repeat_window) and r.shares_issue then 1 else 0 end
    from counted c
    cross join (
        select 'total', ''
        union all select 'issue', i from unnest(r.day_issues) i
        union all select 'channel', ch from unnest(r.day_channels) ch) x(dimension, value)
$$;

-- Adds (sign 1) or takes away (sign -1) a row's counts.
create or replace function casework_tally_add(r presentation_day, sign integer) returns void
    language sql as $$
    insert into presentation_tally as t (team_id, local_date, dimension, value, days, presentations, repeats,
                                         same_issue)
    select x.team_id, r.local_date, x.dimension, x.value, sign * x.days, sign * x.presentations, sign * x.repeats,
           sign * x.same_issue
    from casework_tally_rows(r) x
    order by x.team_id nulls first, x.dimension, x.value
    on conflict (coalesce(team_id, '00000000-0000-0000-0000-000000000000'), local_date, dimension, value)
    do update set days = t.days + excluded.days, presentations = t.presentations + excluded.presentations,
                  repeats = t.repeats + excluded.repeats, same_issue = t.same_issue + excluded.same_issue;
$$;

create or replace function casework_presentation_day_tally() returns trigger
    language plpgsql as $$
begin
    if current_setting('casework.bulk_load', true) = 'on' then
        return null;
    end if;
    if tg_op = 'UPDATE' and (old.presentations, old.day_lead, old.day_presentations, old.day_issues,
                             old.day_channels, old.gap_days, old.shares_issue)
                            is not distinct from (new.presentations, new.day_lead, new.day_presentations,
                             new.day_issues, new.day_channels, new.gap_days, new.shares_issue) then
        return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        perform casework_tally_add(old, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform casework_tally_add(new, 1);
    end if;
    return null;
end $$;


-- Every tally counted afresh from the rows (the rebuild, and after a team's window changes).
create or replace function casework_recount_tallies(p_team uuid) returns void
    language sql as $$
    delete from presentation_tally where p_team is null or team_id = p_team;
    insert into presentation_tally (team_id, local_date, dimension, value, days, presentations, repeats, same_issue)
    select x.team_id, pd.local_date, x.dimension, x.value, sum(x.days), sum(x.presentations), sum(x.repeats),
           sum(x.same_issue)
    from presentation_day pd
    cross join lateral casework_tally_rows(pd) x
    where p_team is null or pd.team_id = p_team
    group by x.team_id, pd.local_date, x.dimension, x.value
    having p_team is null or x.team_id is not null;
$$;

-- The first presentation-day after each closure (after the instant, on the closure's own date), as it should be.
create or replace view case_return_computed as
select c.id as case_id, c.person_id, c.team_id, c.closed_at, casework_local_date(c.closed_at) as closed_on,
       casework_closure_can_return(c.closure_reason) as counted, r.returned_on
from support_case c
cross join lateral casework_first_return(c.person_id, c.closed_at, null) r
where c.closed_at is not null;

create or replace function casework_refresh_case_returns(p_person uuid) returns void
    language sql as $$
    delete from case_return where person_id = p_person;
    insert into case_return (case_id, person_id, team_id, closed_at, closed_on, counted, returned_on)
    select case_id, person_id, team_id, closed_at, closed_on, counted, returned_on
    from case_return_computed where person_id = p_person;
$$;

-- After one person's team-level rows changed: their day-level columns (the tally trigger follows), their returns.
create or replace function casework_refresh_person_presentations(p_person uuid) returns void
    language plpgsql as $$
begin
    update presentation_day p
    set day_lead = (p.team_id = c.lead_team), day_presentations = c.day_presentations,
        day_issues = c.day_issues, day_channels = c.day_channels, gap_days = c.gap_days,
        shares_issue = c.shares_issue, escalation_from = c.escalation_from, next_date = c.next_date
    from presentation_day_computed c
    where c.person_id = p_person and p.person_id = p_person and p.local_date = c.local_date
      and (p.day_lead, p.day_presentations, p.day_issues, p.day_channels, p.gap_days, p.shares_issue,
           p.escalation_from, p.next_date)
          is distinct from
          (p.team_id = c.lead_team, c.day_presentations, c.day_issues, c.day_channels, c.gap_days,
           c.shares_issue, c.escalation_from, c.next_date);
    perform casework_refresh_case_returns(p_person);
end $$;

-- The two dashboard queries (every team from the summaries, any scope from the days) answer in the same shape;
-- these build the parts of it that do not depend on how the days were counted.

-- Returns after closure: the local dates of the closures and the days to each one's first return (null: none).
create or replace function casework_returns_after_closure(p_closed_on date[], p_days integer[], p_today date) returns json
    language sql stable as $$
    with r (closed_on, days) as (select * from unnest(p_closed_on, p_days))
    select json_build_object(
        'closures', (select count(*) from r),
        'bands', (
            select json_build_array(
                json_build_object('band', '0-180', 'fromDays', 0, 'toDays', 180,
                                  'returned', count(*) filter (where r.days between 0 and 180)),
                json_build_object('band', '181-365', 'fromDays', 181, 'toDays', 365,
                                  'returned', count(*) filter (where r.days between 181 and 365)),
                json_build_object('band', '366-730', 'fromDays', 366, 'toDays', 730,
                                  'returned', count(*) filter (where r.days between 366 and 730)))
            from r),
        'within', (
            select json_agg(json_build_object('months', h.months, 'days', h.days, 'returned', h.returned,
                       'ratePercent', round(100.0 * h.returned / nullif(h.closures, 0), 1),
                       'closuresObserved', h.observed) order by h.months)
            from (select h.months, h.days, count(r.closed_on) as closures,
                         count(*) filter (where r.days <= h.days) as returned,
                         count(*) filter (where r.closed_on + h.days <= p_today) as observed
                  from (values (6, 183), (12, 365), (24, 730)) h (months, days)
                  left join r on true
                  group by h.months, h.days) h));
$$;

-- A listed person's open case with its key worker, in the given teams (null: any), the filtered team's first.
create or replace function casework_open_case(p_person uuid, p_teams uuid[], p_team uuid) returns json
    language sql stable as $$
    select json_build_object('caseId', c.id, 'teamId', c.team_id, 'keyWorkerId', c.key_worker_id,
                             'keyWorkerName', w.display_name)
    from support_case c
    join worker w on w.id = c.key_worker_id
    where c.person_id = p_person and c.status = 'open' and casework_in_scope(c.team_id, p_teams)
    order by (c.team_id = p_team) desc nulls last, c.opened_at desc, c.id
    limit 1;
$$;

-- Recomputes one person's presentation-day row for one team from the interactions themselves, then the rest.
create or replace function casework_refresh_presentation_day(p_person uuid, p_team uuid, p_date date) returns void
    language plpgsql as $$
begin
    -- one writer per person at a time, so each sees the other's days when it recomputes the gaps
    perform pg_advisory_xact_lock(hashtext('presentation_day'), hashtext(p_person::text));
    delete from presentation_day where person_id = p_person and team_id = p_team and local_date = p_date;
    insert into presentation_day (person_id, team_id, local_date, presentations, first_at, last_at, issues, channels)
    select p_person, p_team, p_date, count(*), min(i.occurred_at), max(i.occurred_at),
           coalesce((select array_agg(distinct ii.category order by ii.category)
                     from interaction j
                     join interaction_issue ii on ii.interaction_id = j.id
                     where j.person_id = p_person and j.team_id = p_team
                       and j.occurred_at >= casework_day_start(p_date)
                       and j.occurred_at < casework_day_start(p_date + 1)
                       and casework_is_presentation(j.initiator)), '{}'),
           array_agg(distinct i.channel order by i.channel)
    from interaction i
    where i.person_id = p_person and i.team_id = p_team
      and i.occurred_at >= casework_day_start(p_date)
      and i.occurred_at < casework_day_start(p_date + 1)
      and casework_is_presentation(i.initiator)
    having count(*) > 0;
    perform casework_refresh_person_presentations(p_person);
end $$;

-- The triggers run when the transaction commits, once all of a contact's rows (its issues come after it) are
-- written; each person-day is then refreshed once per transaction, however many rows of it changed.
create or replace function casework_refresh_presentation_day_once(p_person uuid, p_team uuid, p_date date) returns void
    language plpgsql as $$
declare
    refreshed text := coalesce(current_setting('casework.refreshed_days', true), '');
    day_key text := p_person || '/' || p_team || '/' || p_date || ';';
begin
    if position(day_key in refreshed) = 0 then
        perform set_config('casework.refreshed_days', refreshed || day_key, true);
        perform casework_refresh_presentation_day(p_person, p_team, p_date);
    end if;
end $$;

create or replace function casework_interaction_presentation_day() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'UPDATE' and (old.person_id, old.team_id, old.occurred_at, old.initiator, old.channel)
                            is not distinct from (new.person_id, new.team_id, new.occurred_at, new.initiator, new.channel)
    then
        return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') and casework_is_presentation(old.initiator) then
        perform casework_refresh_presentation_day_once(old.person_id, old.team_id,
                                                       casework_local_date(old.occurred_at));
    end if;
    if tg_op in ('INSERT', 'UPDATE') and casework_is_presentation(new.initiator) then
        perform casework_refresh_presentation_day_once(new.person_id, new.team_id,
                                                       casework_local_date(new.occurred_at));
    end if;
    return null;
end $$;


create or replace function casework_refresh_presentation_day_of(p_interaction uuid) returns void
    language sql as $$
    select casework_refresh_presentation_day_once(i.person_id, i.team_id, casework_local_date(i.occurred_at))
    from interaction i
    where i.id = p_interaction and casework_is_presentation(i.initiator);
$$;

create or replace function casework_interaction_issue_presentation_day() returns trigger
    language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform casework_refresh_presentation_day_of(old.interaction_id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform casework_refresh_presentation_day_of(new.interaction_id);
    end if;
    return null;
end $$;


-- A case closed (or its closure corrected): its return is looked up again.
create or replace function casework_case_return() returns trigger
    language plpgsql as $$
begin
    perform casework_refresh_case_returns(new.person_id);
    return null;
end $$;


-- A team's repeat window changed: its team-filter tallies are recounted.
create or replace function casework_team_window_changed() returns trigger
    language plpgsql as $$
begin
    if old.repeat_window_days <> new.repeat_window_days then
        perform casework_recount_tallies(new.id);
    end if;
    return null;
end $$;


-- Rebuilds every row in bulk: after a load done with triggers off (the benchmark), or a repair.
create or replace function casework_rebuild_presentation_days() returns void
    language plpgsql as $$
begin
    perform set_config('casework.bulk_load', 'on', true);
    truncate presentation_day, presentation_tally, case_return;
    insert into presentation_day (person_id, team_id, local_date, presentations, first_at, last_at, issues, channels)
    with presented as (
        select i.id, i.person_id, i.team_id, casework_local_date(i.occurred_at) as local_date, i.occurred_at,
               i.channel
        from interaction i
        where casework_is_presentation(i.initiator)),
    day_issues as (
        select p.person_id, p.team_id, p.local_date, array_agg(distinct ii.category order by ii.category) as issues
        from presented p
        join interaction_issue ii on ii.interaction_id = p.id
        group by p.person_id, p.team_id, p.local_date)
    select p.person_id, p.team_id, p.local_date, count(*), min(p.occurred_at), max(p.occurred_at),
           coalesce(d.issues, '{}'), array_agg(distinct p.channel order by p.channel)
    from presented p
    left join day_issues d using (person_id, team_id, local_date)
    group by p.person_id, p.team_id, p.local_date, d.issues;

    update presentation_day p
    set day_lead = (p.team_id = c.lead_team), day_presentations = c.day_presentations, day_issues = c.day_issues,
        day_channels = c.day_channels, gap_days = c.gap_days, shares_issue = c.shares_issue,
        escalation_from = c.escalation_from, next_date = c.next_date
    from presentation_day_computed c
    where p.person_id = c.person_id and p.local_date = c.local_date;

    perform casework_recount_tallies(null);

    insert into case_return (case_id, person_id, team_id, closed_at, closed_on, counted, returned_on)
    select case_id, person_id, team_id, closed_at, closed_on, counted, returned_on from case_return_computed;
    perform set_config('casework.bulk_load', 'off', true);
end $$;


-- A team that names no window of its own has the default.
alter table team alter column repeat_window_days set default casework_default_repeat_window();
