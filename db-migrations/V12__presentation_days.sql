-- Repeat-contact tracking (issue 5): presentation-days and their summaries, kept up to date as contacts are
-- written, so that the dashboards answer from years of history without reading every contact.
--
-- A presentation is a contact the person started or was sent to (initiator person, referral or other-agency).
--
--   presentation_day    one row per person, team and local date (Europe/London) with that team's presentations,
--                       plus day-level columns computed across every team: the gap to the person's previous
--                       presentation-day anywhere, whether it shares an issue with it, whether the last three gaps
--                       shrink, the next day. A caller who sees every team reads these as they are; a caller who
--                       sees some teams has gaps recomputed over those teams' rows when reading.
--   presentation_tally  counts of presentation-days per local date in total, by issue and by channel: across every
--                       team (team_id null: each person-day once, repeats within the default 28 days) and per
--                       team (the days that include the team, repeats within the team's own window). A year of
--                       the whole council is ~9,000 rows to add up instead of ~250,000 days to window over.
--   case_return         per closed case, the first presentation-day (any team) after the closure.
--
-- Each contact written refreshes its one team-level row, then its person's day-level columns (a window over that
-- person's days only, under a per-person lock), and every row change adds its difference to the tallies (so
-- concurrent writers never overwrite each other's counts): work proportional to one person's history, never to
-- the council's.

-- How many days apart two presentations may be and still count as a repeat, per team.
alter table team add column repeat_window_days integer not null default 28
    constraint team_repeat_window_days_range check (repeat_window_days between 1 and 365);

create table presentation_day (
    person_id         uuid        not null references person (id) on delete cascade,
    team_id           uuid        not null references team (id),
    local_date        date        not null,
    -- this team's presentations that day
    presentations     integer     not null,
    first_at          timestamptz not null,
    last_at           timestamptz not null,
    issues            text[]      not null,
    channels          text[]      not null,
    -- the day across every team (the same on each of the day's rows); day_lead marks one row per person-day
    day_lead          boolean     not null default false,
    day_presentations integer,
    day_issues        text[],
    day_channels      text[],
    gap_days          integer,
    shares_issue      boolean     not null default false,
    -- the first of the last four days when the three gaps up to this day each shrink, else null
    escalation_from   date,
    next_date         date,
    primary key (person_id, local_date, team_id)
);
create index presentation_day_team_idx on presentation_day (team_id, local_date, person_id);
create index presentation_day_lead_idx on presentation_day (local_date, person_id) where day_lead;
create index presentation_day_escalating_idx on presentation_day (local_date)
    include (person_id, escalation_from, next_date, gap_days) where day_lead and escalation_from is not null;

create table presentation_tally (
    -- null: across every team, counting each person-day once (on its lead row)
    team_id       uuid    references team (id),
    local_date    date    not null,
    dimension     text    not null,
    value         text    not null,
    days          integer not null,
    presentations integer not null,
    repeats       integer not null,
    same_issue    integer not null,
    constraint presentation_tally_dimension_known check (dimension in ('total', 'issue', 'channel'))
);
create unique index presentation_tally_key on presentation_tally (coalesce(team_id, '00000000-0000-0000-0000-000000000000'), local_date, dimension, value);
create index presentation_tally_team_idx on presentation_tally (team_id, local_date)
    include (dimension, value, days, presentations, repeats, same_issue);
create index presentation_tally_all_idx on presentation_tally (local_date)
    include (dimension, value, days, presentations, repeats, same_issue) where team_id is null;

create table case_return (
    case_id       uuid        primary key references support_case (id) on delete cascade,
    person_id     uuid        not null,
    team_id       uuid        not null,
    closed_at     timestamptz not null,
    closed_on     date        not null,
    -- closures for death or moving away are not closures that can come back
    counted       boolean     not null,
    returned_on   date
);
create index case_return_team_idx on case_return (team_id, closed_at);
create index case_return_closed_idx on case_return (closed_at);
create index case_return_person_idx on case_return (person_id);

-- Concatenates arrays across rows (a person's day can carry several teams' rows).
create aggregate casework_array_concat(anycompatiblearray) (
    sfunc = array_cat, stype = anycompatiblearray, initcond = '{}');

create function casework_is_presentation(initiator text) returns boolean
    language sql immutable parallel safe
    return initiator in ('person', 'referral', 'other-agency');

create function casework_local_date(at timestamptz) returns date
    language sql immutable parallel safe
    return (at at time zone 'Europe/London')::date;

-- The day-level columns as they should be, for every person-day (filter by person_id: it is pushed down).
create view presentation_day_computed as
select d.person_id, d.local_date, d.lead_team, d.day_presentations, d.day_issues, d.day_channels,
       d.local_date - lag(d.local_date) over w as gap_days,
       coalesce(d.day_issues && lag(d.day_issues) over w, false) as shares_issue,
       case when lag(d.local_date, 3) over w is not null
             and lag(d.local_date, 2) over w - lag(d.local_date, 3) over w
                 > lag(d.local_date, 1) over w - lag(d.local_date, 2) over w
             and lag(d.local_date, 1) over w - lag(d.local_date, 2) over w
                 > d.local_date - lag(d.local_date, 1) over w
            then lag(d.local_date, 3) over w end as escalation_from,
       lead(d.local_date) over w as next_date
from (select pd.person_id, pd.local_date, (array_agg(pd.team_id order by pd.team_id))[1] as lead_team,
             sum(pd.presentations) as day_presentations,
             array(select distinct u from unnest(casework_array_concat(pd.issues)) u order by 1) as day_issues,
             array(select distinct u from unnest(casework_array_concat(pd.channels)) u order by 1) as day_channels
      from presentation_day pd
      group by pd.person_id, pd.local_date) d
window w as (partition by d.person_id order by d.local_date);

-- The window that makes a repeat: the team's own for its tallies, the default 28 days across every team.
create function casework_repeat_window(p_team uuid) returns integer
    language sql stable
    return coalesce((select repeat_window_days from team where id = p_team), 28);

-- What one presentation_day row adds to the tallies: for its team, and across every team when it is the lead.
create function casework_tally_rows(r presentation_day)
    returns table (team_id uuid, dimension text, value text, days integer, presentations integer, repeats integer,
                   same_issue integer)
    language sql stable as $$
    with counted (team_id, presentations, repeat_window) as (
        select r.team_id, r.presentations, casework_repeat_window(r.team_id)
        union all
        select null, coalesce(r.day_presentations, 0), 28 where r.day_lead)
    select c.team_id, x.dimension, x.value, 1, c.presentations,
           case when r.gap_days between 1 and c.repeat_window then 1 else 0 end,
           case when r.gap_days between 1 and c.repeat_window and r.shares_issue then 1 else 0 end
    from counted c
    cross join (
        select 'total', ''
        union all select 'issue', i from unnest(r.day_issues) i
        union all select 'channel', ch from unnest(r.day_channels) ch) x(dimension, value)
$$;

-- Adds (sign 1) or takes away (sign -1) a row's counts.
create function casework_tally_add(r presentation_day, sign integer) returns void
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

create function casework_presentation_day_tally() returns trigger
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

create trigger presentation_day_tally
    after insert or update or delete on presentation_day
    for each row execute function casework_presentation_day_tally();

-- Every tally counted afresh from the rows (the rebuild, and after a team's window changes).
create function casework_recount_tallies(p_team uuid) returns void
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
create view case_return_computed as
select c.id as case_id, c.person_id, c.team_id, c.closed_at, casework_local_date(c.closed_at) as closed_on,
       c.closure_reason not in ('died', 'moved-away') as counted,
       (select min(pd.local_date) from presentation_day pd
        where pd.person_id = c.person_id
          and (pd.local_date > casework_local_date(c.closed_at)
               or (pd.local_date = casework_local_date(c.closed_at) and pd.last_at > c.closed_at))) as returned_on
from support_case c
where c.closed_at is not null;

create function casework_refresh_case_returns(p_person uuid) returns void
    language sql as $$
    delete from case_return where person_id = p_person;
    insert into case_return (case_id, person_id, team_id, closed_at, closed_on, counted, returned_on)
    select case_id, person_id, team_id, closed_at, closed_on, counted, returned_on
    from case_return_computed where person_id = p_person;
$$;

-- After one person's team-level rows changed: their day-level columns (the tally trigger follows), their returns.
create function casework_refresh_person_presentations(p_person uuid) returns void
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
create function casework_returns_after_closure(p_closed_on date[], p_days integer[], p_today date) returns json
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
create function casework_open_case(p_person uuid, p_teams uuid[], p_team uuid) returns json
    language sql stable as $$
    select json_build_object('caseId', c.id, 'teamId', c.team_id, 'keyWorkerId', c.key_worker_id,
                             'keyWorkerName', w.display_name)
    from support_case c
    join worker w on w.id = c.key_worker_id
    where c.person_id = p_person and c.status = 'open' and (p_teams is null or c.team_id = any(p_teams))
    order by (c.team_id = p_team) desc nulls last, c.opened_at desc, c.id
    limit 1;
$$;

-- Recomputes one person's presentation-day row for one team from the interactions themselves, then the rest.
create function casework_refresh_presentation_day(p_person uuid, p_team uuid, p_date date) returns void
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
                       and j.occurred_at >= p_date::timestamp at time zone 'Europe/London'
                       and j.occurred_at < (p_date + 1)::timestamp at time zone 'Europe/London'
                       and casework_is_presentation(j.initiator)), '{}'),
           array_agg(distinct i.channel order by i.channel)
    from interaction i
    where i.person_id = p_person and i.team_id = p_team
      and i.occurred_at >= p_date::timestamp at time zone 'Europe/London'
      and i.occurred_at < (p_date + 1)::timestamp at time zone 'Europe/London'
      and casework_is_presentation(i.initiator)
    having count(*) > 0;
    perform casework_refresh_person_presentations(p_person);
end $$;

-- The triggers run when the transaction commits, once all of a contact's rows (its issues come after it) are
-- written; each person-day is then refreshed once per transaction, however many rows of it changed.
create function casework_refresh_presentation_day_once(p_person uuid, p_team uuid, p_date date) returns void
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

create function casework_interaction_presentation_day() returns trigger
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

create constraint trigger interaction_presentation_day
    after insert or delete or update of person_id, team_id, occurred_at, initiator, channel on interaction
    deferrable initially deferred
    for each row execute function casework_interaction_presentation_day();

create function casework_refresh_presentation_day_of(p_interaction uuid) returns void
    language sql as $$
    select casework_refresh_presentation_day_once(i.person_id, i.team_id, casework_local_date(i.occurred_at))
    from interaction i
    where i.id = p_interaction and casework_is_presentation(i.initiator);
$$;

create function casework_interaction_issue_presentation_day() returns trigger
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

create constraint trigger interaction_issue_presentation_day
    after insert or delete or update on interaction_issue
    deferrable initially deferred
    for each row execute function casework_interaction_issue_presentation_day();

-- A case closed (or its closure corrected): its return is looked up again.
create function casework_case_return() returns trigger
    language plpgsql as $$
begin
    perform casework_refresh_case_returns(new.person_id);
    return null;
end $$;

create trigger support_case_return
    after update of status, closed_at, closure_reason on support_case
    for each row execute function casework_case_return();

-- A team's repeat window changed: its team-filter tallies are recounted.
create function casework_team_window_changed() returns trigger
    language plpgsql as $$
begin
    if old.repeat_window_days <> new.repeat_window_days then
        perform casework_recount_tallies(new.id);
    end if;
    return null;
end $$;

create trigger team_repeat_window
    after update of repeat_window_days on team
    for each row execute function casework_team_window_changed();

-- Rebuilds every row in bulk: after a load done with triggers off (the benchmark), or a repair.
create function casework_rebuild_presentation_days() returns void
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

select casework_rebuild_presentation_days();
