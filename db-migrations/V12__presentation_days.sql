-- Repeat-contact tracking (issue 5): presentation-days, kept up to date as contacts are written.
--
-- A presentation is a contact the person started or was sent to (initiator person, referral or other-agency).
-- The dashboards ask, over years of history, "which days did this person present, to which teams, about what":
-- answering that from interaction on every request means reading a million rows. presentation_day holds one row
-- per person, team and local date (Europe/London) instead, maintained row by row by the triggers below, so a
-- write touches one small row and a report reads a few per person. The caller's scope (the teams they may see)
-- is applied when reading, since gaps are measured between the days a caller can see.

-- How many days apart two presentations may be and still count as a repeat, per team.
alter table team add column repeat_window_days integer not null default 28
    constraint team_repeat_window_days_range check (repeat_window_days between 1 and 365);

create table presentation_day (
    person_id     uuid        not null references person (id) on delete cascade,
    team_id       uuid        not null references team (id),
    local_date    date        not null,
    presentations integer     not null,
    first_at      timestamptz not null,
    last_at       timestamptz not null,
    issues        text[]      not null,
    channels      text[]      not null,
    primary key (person_id, local_date, team_id)
);
create index presentation_day_team_idx on presentation_day (team_id, local_date, person_id);

-- Concatenates arrays across rows (a person's day can carry several teams' rows).
create aggregate casework_array_concat(anycompatiblearray) (
    sfunc = array_cat, stype = anycompatiblearray, initcond = '{}');

create function casework_is_presentation(initiator text) returns boolean
    language sql immutable parallel safe
    return initiator in ('person', 'referral', 'other-agency');

create function casework_local_date(at timestamptz) returns date
    language sql immutable parallel safe
    return (at at time zone 'Europe/London')::date;

-- Recomputes one person's presentation-day row for one team from the interactions themselves.
create function casework_refresh_presentation_day(p_person uuid, p_team uuid, p_date date) returns void
    language plpgsql as $$
begin
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
        perform casework_refresh_presentation_day(old.person_id, old.team_id, casework_local_date(old.occurred_at));
    end if;
    if tg_op in ('INSERT', 'UPDATE') and casework_is_presentation(new.initiator) then
        perform casework_refresh_presentation_day(new.person_id, new.team_id, casework_local_date(new.occurred_at));
    end if;
    return null;
end $$;

create trigger interaction_presentation_day
    after insert or delete or update of person_id, team_id, occurred_at, initiator, channel on interaction
    for each row execute function casework_interaction_presentation_day();

create function casework_refresh_presentation_day_of(p_interaction uuid) returns void
    language sql as $$
    select casework_refresh_presentation_day(i.person_id, i.team_id, casework_local_date(i.occurred_at))
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

create trigger interaction_issue_presentation_day
    after insert or delete or update on interaction_issue
    for each row execute function casework_interaction_issue_presentation_day();

-- Rebuilds every row in one pass: after a bulk load done with triggers off (the benchmark), or a repair.
create function casework_rebuild_presentation_days() returns void
    language sql as $$
    truncate presentation_day;
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
$$;

select casework_rebuild_presentation_days();

-- Closures in a period, for returns after closure and the scorecard.
create index support_case_closed_idx on support_case (team_id, closed_at) where closed_at is not null;
