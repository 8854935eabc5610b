-- The domain's rules, each written once; every query, view and summary uses these (docs/definitions.md says
-- what they mean). Edited in place: Flyway re-runs this file whenever it changes. SQL-bodied functions like these
-- are inlined into the queries that call them, so a rule costs nothing over writing it out.
--
-- Java holds two of these constants too (TimeConfig.LOCAL_ZONE, Team.DEFAULT_REPEAT_WINDOW_DAYS); RulesTest fails
-- if the two ever disagree.

-- Local dates and times are those of this zone, whatever the server's or the session's time zone.
create or replace function casework_zone() returns text
    language sql immutable parallel safe
    return 'Europe/London';

create or replace function casework_local_date(at timestamptz) returns date
    language sql immutable parallel safe
    return (at at time zone casework_zone())::date;

-- The instant a local date begins.
create or replace function casework_day_start(day date) returns timestamptz
    language sql immutable parallel safe
    return day::timestamp at time zone casework_zone();

-- A record of this team is in scope: one of the scope's teams, or any team when the scope is null (as TeamScope
-- binds every team).
create or replace function casework_in_scope(p_team uuid, p_teams uuid[]) returns boolean
    language sql immutable parallel safe
    return p_teams is null or p_team = any(p_teams);

-- Whole local days from one instant to a later one (a case opened and closed on the same date: 0).
create or replace function casework_local_days(from_at timestamptz, to_at timestamptz) returns integer
    language sql immutable parallel safe
    return casework_local_date(to_at) - casework_local_date(from_at);

-- Closed within N days of opening: at most N local days from the opening to the closure.
create or replace function casework_closed_within(opened_at timestamptz, closed_at timestamptz, days integer)
    returns boolean
    language sql immutable parallel safe
    return casework_local_days(opened_at, closed_at) <= days;

-- A presentation is a contact the person started or was sent to, whoever recorded it.
create or replace function casework_is_presentation(initiator text) returns boolean
    language sql immutable parallel safe
    return initiator in ('person', 'referral', 'other-agency');

-- How many days apart two presentation-days may be and still make a repeat, when a team has not set its own.
create or replace function casework_default_repeat_window() returns integer
    language sql immutable parallel safe
    return 28;

-- A presentation-day is a repeat when the person's previous one in view was 1 to window days before.
create or replace function casework_is_repeat(gap_days integer, window_days integer) returns boolean
    language sql immutable parallel safe
    return coalesce(gap_days between 1 and window_days, false);

-- Escalating: the gaps between a person's last four presentation-days (oldest first) each shorter than the one
-- before. Which four days are read is the caller's: the dashboard's within the 12 months to the period's end,
-- a person's over their whole history.
create or replace function casework_is_escalating(gaps integer[]) returns boolean
    language sql immutable parallel safe
    return coalesce(cardinality(gaps) = 3 and gaps[1] > gaps[2] and gaps[2] > gaps[3], false);

-- A closure someone can come back from: not one for death or for moving away.
create or replace function casework_closure_can_return(closure_reason text) returns boolean
    language sql immutable parallel safe
    return coalesce(closure_reason not in ('died', 'moved-away'), true);

-- Concatenates arrays across rows (a person's day can carry several teams' rows).
create or replace aggregate casework_array_concat(anycompatiblearray) (
    sfunc = array_cat, stype = anycompatiblearray, initcond = '{}');

-- Same-day merge: all of a person's presentations on one local date, to any of the teams in view (null: every team),
-- make one presentation-day, carrying the union of their teams, issues and channels (issues and channels as gathered, a
-- value possibly twice: the callers that show or store them make them sorted sets, as the dashboard, which only tests
-- and counts them, need not; doing it here cost a few teams' dashboard a tenth of a second). Its presentations are
-- those of p_counted_team alone when one is given. Days from p_from to p_to (null: unbounded), of p_person or all.
create or replace function casework_presentation_days(p_teams uuid[], p_person uuid, p_from date, p_to date,
                                                      p_counted_team uuid)
    returns table (person_id uuid, local_date date, team_ids uuid[], issues text[], channels text[],
                   presentations bigint)
    language sql stable parallel safe as $$
    select pd.person_id, pd.local_date, array_agg(pd.team_id order by pd.team_id),
           casework_array_concat(pd.issues), casework_array_concat(pd.channels),
           coalesce(sum(pd.presentations) filter (where p_counted_team is null or pd.team_id = p_counted_team), 0)
    from presentation_day pd
    where casework_in_scope(pd.team_id, p_teams)
      and (p_person is null or pd.person_id = p_person)
      and (p_from is null or pd.local_date >= p_from)
      and (p_to is null or pd.local_date <= p_to)
    group by pd.person_id, pd.local_date
$$;

-- The person came back after a closure: their first presentation-day after the closing instant (on the closure's
-- own date, a presentation later that day), to any of the teams given (null: any team).
create or replace function casework_first_return(p_person uuid, p_closed_at timestamptz, p_teams uuid[])
    returns table (returned_on date)
    language sql stable parallel safe as $$
    select min(pd.local_date)
    from presentation_day pd
    where pd.person_id = p_person
      and casework_in_scope(pd.team_id, p_teams)
      and pd.local_date >= casework_local_date(p_closed_at)
      and (pd.local_date > casework_local_date(p_closed_at) or pd.last_at > p_closed_at)
$$;

-- Continuity of key worker over a set of contacts made (n of them): the usual provider index (the most contacts
-- with any one worker, over n) and the continuity of care index (sum over workers of contacts squared, less n,
-- over n(n-1); null below two contacts). Both are ratios from 0 to 1, given to four decimal places.
create or replace function casework_ratio(numerator numeric, denominator numeric) returns numeric
    language sql immutable parallel safe
    return round(numerator / nullif(denominator, 0), 4);

-- A share of a whole, as the API gives every share and rate (the key worker's share of contacts, repeat rates,
-- the scorecard's and the targets' shares): a percentage, 0 to 100, to one decimal place; null with nothing to
-- divide. Indices (usual provider, COCI) stay ratios from 0 to 1.
create or replace function casework_percentage(numerator numeric, denominator numeric) returns numeric
    language sql immutable parallel safe
    return round(100.0 * numerator / nullif(denominator, 0), 1);

create or replace function casework_usual_provider_index(most_with_one bigint, contacts bigint) returns numeric
    language sql immutable parallel safe
    return casework_ratio(most_with_one, contacts);

create or replace function casework_continuity_of_care_index(sum_of_squares bigint, contacts bigint)
    returns numeric
    language sql immutable parallel safe
    return case when contacts >= 2 then casework_ratio(sum_of_squares - contacts, contacts * (contacts - 1)) end;

-- Rating gaps: each self-rating paired with the nearest worker rating of the same instrument version on the same case
-- within 14 days either side (ties broken by id, so the pairing never changes); the gap turned so that positive always
-- means the worker rated the person as doing better than they rated themselves. For one case, or for one team's
-- self-ratings in [since, until).
create or replace function casework_rating_pairs(p_case uuid, p_team uuid, p_since timestamptz,
                                                 p_until timestamptz)
    returns table (self_id uuid, worker_assessment_id uuid, case_id uuid, instrument_version_id uuid,
                   self_at timestamptz, worker_at timestamptz, self_score numeric, worker_score numeric,
                   worker_id uuid, gap numeric)
    language sql stable parallel safe as $$
    select p.self_id, p.worker_assessment_id, p.case_id, p.instrument_version_id, p.self_at, p.worker_at,
           p.self_score, p.worker_score, p.worker_id,
           case when v.score_direction = 'lower-is-better' then p.self_score - p.worker_score
                else p.worker_score - p.self_score end
    from (select distinct on (s.id) s.id as self_id, w.id as worker_assessment_id, s.case_id,
                 s.instrument_version_id, s.assessed_at as self_at, w.assessed_at as worker_at,
                 s.score as self_score, w.score as worker_score,
                 coalesce(w.recorded_by_worker_id, c.key_worker_id) as worker_id
          from assessment s
          join support_case c on c.id = s.case_id
          join assessment w on w.case_id = s.case_id and w.instrument_version_id = s.instrument_version_id
                           and w.respondent = 'worker'
                           and w.assessed_at between s.assessed_at - interval '14 days'
                                                 and s.assessed_at + interval '14 days'
          where s.respondent = 'self'
            and (p_case is null or s.case_id = p_case)
            and (p_team is null or (s.team_id = p_team and s.assessed_at >= p_since and s.assessed_at < p_until))
          order by s.id, abs(extract(epoch from w.assessed_at - s.assessed_at)), w.id) p
    join instrument_version v on v.id = p.instrument_version_id
$$;
