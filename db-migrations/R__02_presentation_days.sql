-- The presentation-day summaries that V12 created (what they are and why is said there), as they are now: the
-- functions, views and triggers that keep them, edited in place (Flyway re-runs this file whenever it changes).
-- The tables stay in the versioned migrations. The rules themselves are R__01_rules.sql's.
--
-- How they are kept (V21): a contact or a closure only appends the key of what it changed to
-- presentation_day_pending; casework_fold_presentations brings the summaries up to date from those keys, in
-- batches, one fold at a time. Every change to presentation_day takes the folds' lock first and adds its net
-- difference to presentation_tally, once per statement.

-- The day-level columns as they should be for these people's days (null: every person's every day), from the
-- first day that changed for each (p_changed_on, alongside p_people; a person may be named more than once) on. A
-- day's columns read the three days before it (the escalation's gaps) and the day after it, so a change can move
-- the day before it and the days after it: the answer starts at the day before the first changed day, and the
-- window reads from three days before that one, not the person's whole history (a fold, most of whose contacts are
-- today's, reads five days a person instead of all of them).
drop view if exists presentation_day_computed;
create or replace function casework_presentation_day_columns(p_people uuid[], p_changed_on date[])
    returns table (person_id uuid, local_date date, lead_team uuid, day_presentations integer, day_issues text[],
                   day_channels text[], gap_days integer, shares_issue boolean, escalation_from date,
                   next_date date)
    language sql stable as $$
    with changed (person_id, changed_on) as (
        select c.person_id, min(c.changed_on)
        from unnest(p_people, p_changed_on) c (person_id, changed_on)
        group by c.person_id),
    bounds (person_id, answer_from, window_from) as (
        select c.person_id, coalesce(e.earlier[1], '-infinity'), coalesce(e.earlier[4], '-infinity')
        from changed c
        -- offset 0: read once a person (pulled up, the planner copies it into both of its uses above)
        cross join lateral (
            select array(select distinct pd.local_date
                         from presentation_day pd
                         where pd.person_id = c.person_id and pd.local_date < c.changed_on
                         order by 1 desc
                         limit 4) as earlier
            offset 0) e)
    select x.person_id, x.local_date, x.lead_team, x.day_presentations, x.day_issues, x.day_channels, x.gap_days,
           x.shares_issue, x.escalation_from, x.next_date
    from (
        select d.person_id, d.local_date, d.lead_team, d.day_presentations, d.day_issues, d.day_channels,
               d.local_date - lag(d.local_date) over w as gap_days,
               coalesce(d.day_issues && lag(d.day_issues) over w, false) as shares_issue,
               case when casework_is_escalating(array[lag(d.local_date, 2) over w - lag(d.local_date, 3) over w,
                                                      lag(d.local_date, 1) over w - lag(d.local_date, 2) over w,
                                                      d.local_date - lag(d.local_date, 1) over w])
                    then lag(d.local_date, 3) over w end as escalation_from,
               lead(d.local_date) over w as next_date,
               d.answer_from
        from (select m.person_id, m.local_date, m.team_ids[1] as lead_team,
                     cast(m.presentations as integer) as day_presentations,
                     array(select distinct u from unnest(m.issues) u order by 1) as day_issues,
                     array(select distinct u from unnest(m.channels) u order by 1) as day_channels,
                     b.answer_from
              from casework_presentation_days(null, null, null, null, null) m
              left join bounds b on b.person_id = m.person_id
              where p_people is null or (m.person_id = any(p_people) and m.local_date >= b.window_from)) d
        window w as (partition by d.person_id order by d.local_date)) x
    where p_people is null or x.local_date >= x.answer_from
$$;

-- What one presentation_day row adds to the tallies: for its team, and across every team when it is the lead. The
-- window that makes a repeat is the team's own for its tallies (read by a join: a function looking it up was
-- called once a row, a twentieth of a fold), the default across every team.
drop function if exists casework_repeat_window(uuid);
create or replace function casework_tally_rows(r presentation_day)
    returns table (team_id uuid, dimension text, value text, days integer, presentations integer, repeats integer,
                   same_issue integer)
    language sql stable as $$
    with counted (team_id, presentations, repeat_window) as (
        select r.team_id, r.presentations, t.repeat_window_days
        from team t
        where t.id = r.team_id
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


-- Adds what rows added (p_added) and takes away what rows took away (p_removed) from the tallies, in one
-- statement, in key order: only the net difference, and nothing for a row that changed in no counted column.
create or replace function casework_tally_apply(p_added presentation_day[], p_removed presentation_day[])
    returns void
    language sql as $$
    insert into presentation_tally as t (team_id, local_date, dimension, value, days, presentations, repeats,
                                         same_issue)
    select x.team_id, (c.r).local_date, x.dimension, x.value, sum(c.sign * x.days), sum(c.sign * x.presentations),
           sum(c.sign * x.repeats), sum(c.sign * x.same_issue)
    from (select r, 1 as sign from unnest(p_added) r
          union all
          select r, -1 from unnest(p_removed) r) c
    cross join lateral casework_tally_rows(c.r) x
    group by x.team_id, (c.r).local_date, x.dimension, x.value
    having (sum(c.sign * x.days), sum(c.sign * x.presentations), sum(c.sign * x.repeats),
            sum(c.sign * x.same_issue)) <> (0, 0, 0, 0)
    order by x.team_id nulls first, (c.r).local_date, x.dimension, x.value
    on conflict (coalesce(team_id, '00000000-0000-0000-0000-000000000000'), local_date, dimension, value)
    do update set days = t.days + excluded.days, presentations = t.presentations + excluded.presentations,
                  repeats = t.repeats + excluded.repeats, same_issue = t.same_issue + excluded.same_issue;
$$;

-- The one lock every change to the summaries takes first: the folds, a rebuild, a recount, an erasure's cascade.
-- Waits for it (p_wait), or answers false at once when someone else holds it.
create or replace function casework_lock_presentation_summaries(p_wait boolean) returns boolean
    language plpgsql as $$
begin
    if p_wait then
        perform pg_advisory_xact_lock(hashtext('casework.presentation_summaries'), 0);
        return true;
    end if;
    return pg_try_advisory_xact_lock(hashtext('casework.presentation_summaries'), 0);
end $$;

create or replace function casework_presentation_day_lock() returns trigger
    language plpgsql as $$
begin
    perform casework_lock_presentation_summaries(true);
    return null;
end $$;

create or replace trigger presentation_day_lock
    before insert or update or delete on presentation_day
    for each statement execute function casework_presentation_day_lock();

-- A statement's rows, added to or taken from the tallies (not during a bulk load: the rebuild recounts). A
-- trigger with transition tables has one event, so three triggers share this; each branch names only the
-- transition tables its event has.
create or replace function casework_presentation_day_tally() returns trigger
    language plpgsql as $$
begin
    if current_setting('casework.bulk_load', true) = 'on' then
        return null;
    end if;
    if tg_op = 'INSERT' then
        perform casework_tally_apply(array(select cast(r as presentation_day) from new_rows r), '{}');
    elsif tg_op = 'UPDATE' then
        perform casework_tally_apply(array(select cast(r as presentation_day) from new_rows r),
                                     array(select cast(r as presentation_day) from old_rows r));
    else
        perform casework_tally_apply('{}', array(select cast(r as presentation_day) from old_rows r));
    end if;
    return null;
end $$;

create or replace trigger presentation_day_tally_inserted
    after insert on presentation_day referencing new table as new_rows
    for each statement execute function casework_presentation_day_tally();
create or replace trigger presentation_day_tally_updated
    after update on presentation_day referencing old table as old_rows new table as new_rows
    for each statement execute function casework_presentation_day_tally();
create or replace trigger presentation_day_tally_deleted
    after delete on presentation_day referencing old table as old_rows
    for each statement execute function casework_presentation_day_tally();

-- Every tally counted afresh from the rows (the rebuild, and after a team's window changes).
create or replace function casework_recount_tallies(p_team uuid) returns void
    language sql as $$
    select casework_lock_presentation_summaries(true);
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
                       'ratePercent', casework_percentage(h.returned, h.closures),
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


-- What a contact changed, for the next fold: its team's day, before and after a correction (presentations only).
-- Every update queues, whatever it changed: a contact written in a transaction has queued its day, which is what
-- lets its issues' trigger below skip it.
create or replace function casework_interaction_pending() returns trigger
    language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and casework_is_presentation(old.initiator) then
        insert into presentation_day_pending (person_id, team_id, local_date)
        values (old.person_id, old.team_id, casework_local_date(old.occurred_at));
    end if;
    if tg_op = 'INSERT' and casework_is_presentation(new.initiator) then
        -- a new contact: the fold adds it to its day
        insert into presentation_day_pending (person_id, team_id, local_date, interaction_id)
        values (new.person_id, new.team_id, casework_local_date(new.occurred_at), new.id);
    elsif tg_op = 'UPDATE' and casework_is_presentation(new.initiator) then
        insert into presentation_day_pending (person_id, team_id, local_date)
        values (new.person_id, new.team_id, casework_local_date(new.occurred_at));
    end if;
    return null;
end $$;

create or replace trigger interaction_presentation_pending
    after insert or delete or update on interaction
    for each row execute function casework_interaction_pending();

-- A contact's issues changed: its day, once per statement (a contact's three issues are one or two statements).
-- Nothing when the contact itself went, or was written in this transaction (a new contact's issues, a
-- correction): its own trigger queued that day. A trigger with transition tables has one event, so three
-- triggers share this; each branch names only the transition tables its event has.
create or replace function casework_interaction_issue_pending() returns trigger
    language plpgsql as $$
declare
    contacts uuid[];
begin
    if tg_op = 'INSERT' then
        contacts := array(select interaction_id from new_rows);
    elsif tg_op = 'UPDATE' then
        contacts := array(select interaction_id from new_rows union select interaction_id from old_rows);
    else
        contacts := array(select interaction_id from old_rows);
    end if;
    insert into presentation_day_pending (person_id, team_id, local_date)
    select distinct i.person_id, i.team_id, casework_local_date(i.occurred_at)
    from interaction i
    where i.id = any(contacts) and casework_is_presentation(i.initiator)
      and i.xmin <> xid(pg_current_xact_id());
    return null;
end $$;

drop trigger if exists interaction_issue_presentation_pending on interaction_issue;
create or replace trigger interaction_issue_pending_inserted
    after insert on interaction_issue referencing new table as new_rows
    for each statement execute function casework_interaction_issue_pending();
create or replace trigger interaction_issue_pending_updated
    after update on interaction_issue referencing old table as old_rows new table as new_rows
    for each statement execute function casework_interaction_issue_pending();
create or replace trigger interaction_issue_pending_deleted
    after delete on interaction_issue referencing old table as old_rows
    for each statement execute function casework_interaction_issue_pending();

-- A case closed (or its closure corrected): its person's returns, at the next fold.
create or replace function casework_case_return_pending() returns trigger
    language plpgsql as $$
begin
    insert into presentation_day_pending (person_id) values (new.person_id);
    return null;
end $$;

create or replace trigger support_case_return_pending
    after update of status, closed_at, closure_reason on support_case
    for each row execute function casework_case_return_pending();

-- The team-days these contacts make, each counted on its own person, team and local date: how many, the first and
-- the last, and the issues and channels, sorted. What the fold adds and recounts; the rebuild writes the same over
-- every contact at once (an array of them all would be searched row by row), and tests check the two agree.
create or replace function casework_presentation_days_of(p_contacts uuid[])
    returns table (person_id uuid, team_id uuid, local_date date, presentations integer, first_at timestamptz,
                   last_at timestamptz, issues text[], channels text[])
    language sql stable as $$
    with presented as (
        select i.id, i.person_id, i.team_id, casework_local_date(i.occurred_at) as local_date, i.occurred_at,
               i.channel
        from interaction i
        where i.id = any(p_contacts) and casework_is_presentation(i.initiator)),
    day_issues as (
        select p.person_id, p.team_id, p.local_date, array_agg(distinct ii.category order by ii.category) as issues
        from presented p
        join interaction_issue ii on ii.interaction_id = p.id
        group by p.person_id, p.team_id, p.local_date)
    select p.person_id, p.team_id, p.local_date, cast(count(*) as integer), min(p.occurred_at), max(p.occurred_at),
           coalesce(d.issues, '{}'), array_agg(distinct p.channel order by p.channel)
    from presented p
    left join day_issues d using (person_id, team_id, local_date)
    group by p.person_id, p.team_id, p.local_date, d.issues;
$$;

-- Brings the summaries up to date with up to p_limit of the oldest pending keys, and deletes them, in one
-- transaction: each new contact is added to its day, each other team's day named is recounted from its contacts,
-- then the day-level columns and the returns of the people named, all set-based. One fold at a time: p_wait says whether to wait for another one to finish
-- (a reader must count everything committed before it asked) or to leave the work to it (the scheduled folds).
-- Answers how many keys it folded.
create or replace function casework_fold_presentations(p_limit integer, p_wait boolean) returns integer
    -- compiling its statements (JIT) costs more than running them on a second's keys. Each statement is planned
    -- for this batch's keys: a session's plan cached from thousands of batches of new contacts (nothing to
    -- recount) held one fold of 5,000 recounts for minutes after make bench deleted what it wrote
    language plpgsql set jit = off set plan_cache_mode = force_custom_plan as $$
declare
    folded integer;
    people uuid[];
    day_people uuid[];
    day_dates date[];
    recount_people uuid[];
    recount_teams uuid[];
    recount_dates date[];
    added uuid[];
begin
    if not casework_lock_presentation_summaries(p_wait) then
        return 0;
    end if;

    with claimed as (
        delete from presentation_day_pending
        where id in (select id from presentation_day_pending order by id limit p_limit for update skip locked)
        returning person_id, team_id, local_date, interaction_id),
    recount as (
        select distinct person_id, team_id, local_date
        from claimed where team_id is not null and interaction_id is null)
    select (select count(*) from claimed), (select array_agg(distinct person_id) from claimed),
           (select array_agg(person_id) from claimed where team_id is not null),
           (select array_agg(local_date) from claimed where team_id is not null),
           (select array_agg(person_id) from recount), (select array_agg(team_id) from recount),
           (select array_agg(local_date) from recount),
           (select array_agg(interaction_id) from claimed where interaction_id is not null)
    into folded, people, day_people, day_dates, recount_people, recount_teams, recount_dates, added;
    if folded = 0 then
        return 0;
    end if;

    -- each new contact added to its day as it is now, unless that day is recounted below (a contact corrected or
    -- deleted since has queued its days for a recount)
    with named (person_id, team_id, local_date) as (
        select * from unnest(recount_people, recount_teams, recount_dates)),
    new_on_their_days as (
        select i.id
        from interaction i
        where i.id = any(added)
          and (i.person_id, i.team_id, casework_local_date(i.occurred_at))
              not in (select person_id, team_id, local_date from named))
    insert into presentation_day as d (person_id, team_id, local_date, presentations, first_at, last_at, issues,
                                       channels)
    select *
    from casework_presentation_days_of(array(select id from new_on_their_days)) n
    order by n.person_id, n.local_date, n.team_id
    on conflict (person_id, local_date, team_id) do update
    set presentations = d.presentations + excluded.presentations,
        first_at = least(d.first_at, excluded.first_at), last_at = greatest(d.last_at, excluded.last_at),
        issues = array(select distinct u from unnest(d.issues || excluded.issues) u order by u),
        channels = array(select distinct u from unnest(d.channels || excluded.channels) u order by u);

    -- each other team's day named, recounted from its contacts (none left: the row goes). A contact whose own
    -- key still waits is left out: it committed after this fold claimed its keys, and is added when it is claimed.
    with named (person_id, team_id, local_date) as (
        select * from unnest(recount_people, recount_teams, recount_dates)),
    presented as (
        select i.id
        from named n
        join interaction i on i.person_id = n.person_id and i.team_id = n.team_id
                          and i.occurred_at >= casework_day_start(n.local_date)
                          and i.occurred_at < casework_day_start(n.local_date + 1)
        where not exists (select 1 from presentation_day_pending q where q.interaction_id = i.id)),
    recounted as (
        select * from casework_presentation_days_of(array(select id from presented))),
    gone as (
        delete from presentation_day d
        using named n
        where (d.person_id, d.team_id, d.local_date) = (n.person_id, n.team_id, n.local_date)
          and (n.person_id, n.team_id, n.local_date) not in (select person_id, team_id, local_date from recounted))
    insert into presentation_day as d (person_id, team_id, local_date, presentations, first_at, last_at, issues,
                                       channels)
    select person_id, team_id, local_date, presentations, first_at, last_at, issues, channels
    from recounted
    order by person_id, local_date, team_id
    on conflict (person_id, local_date, team_id) do update
    set presentations = excluded.presentations, first_at = excluded.first_at, last_at = excluded.last_at,
        issues = excluded.issues, channels = excluded.channels
    where (d.presentations, d.first_at, d.last_at, d.issues, d.channels)
          is distinct from
          (excluded.presentations, excluded.first_at, excluded.last_at, excluded.issues, excluded.channels);

    -- the day-level columns of the people whose days changed, from the day before the first that changed
    update presentation_day p
    set day_lead = (p.team_id = c.lead_team), day_presentations = c.day_presentations,
        day_issues = c.day_issues, day_channels = c.day_channels, gap_days = c.gap_days,
        shares_issue = c.shares_issue, escalation_from = c.escalation_from, next_date = c.next_date
    from casework_presentation_day_columns(day_people, day_dates) c
    where p.person_id = any(day_people)
      and p.person_id = c.person_id and p.local_date = c.local_date
      and (p.day_lead, p.day_presentations, p.day_issues, p.day_channels, p.gap_days, p.shares_issue,
           p.escalation_from, p.next_date)
          is distinct from
          (p.team_id = c.lead_team, c.day_presentations, c.day_issues, c.day_channels, c.gap_days,
           c.shares_issue, c.escalation_from, c.next_date);

    -- and their returns after closure (rewritten only where they differ)
    with computed as (
        select case_id, person_id, team_id, closed_at, closed_on, counted, returned_on
        from case_return_computed where person_id = any(people)),
    gone as (
        delete from case_return r
        where r.person_id = any(people) and r.case_id not in (select case_id from computed))
    insert into case_return as r (case_id, person_id, team_id, closed_at, closed_on, counted, returned_on)
    select * from computed
    on conflict (case_id) do update
    set person_id = excluded.person_id, team_id = excluded.team_id, closed_at = excluded.closed_at,
        closed_on = excluded.closed_on, counted = excluded.counted, returned_on = excluded.returned_on
    where (r.person_id, r.team_id, r.closed_at, r.closed_on, r.counted, r.returned_on)
          is distinct from
          (excluded.person_id, excluded.team_id, excluded.closed_at, excluded.closed_on, excluded.counted,
           excluded.returned_on);
    return folded;
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
    perform casework_lock_presentation_summaries(true);
    perform set_config('casework.bulk_load', 'on', true);
    -- the keys pending now are of contacts this rebuild reads (a later one waits for the next fold)
    delete from presentation_day_pending;
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
    from casework_presentation_day_columns(null, null) c
    where p.person_id = c.person_id and p.local_date = c.local_date;

    perform casework_recount_tallies(null);

    insert into case_return (case_id, person_id, team_id, closed_at, closed_on, counted, returned_on)
    select case_id, person_id, team_id, closed_at, closed_on, counted, returned_on from case_return_computed;
    perform set_config('casework.bulk_load', 'off', true);
end $$;


-- A team that names no window of its own has the default.
alter table team alter column repeat_window_days set default casework_default_repeat_window();