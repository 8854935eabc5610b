-- A deterministic synthetic council for `make bench` (bench/run.sh), loaded with PostgreSQL's own bulk loading.
--
--   psql -v scale=1 [-v anchor=2026-11-29] -f bench/generate.sql     (as a superuser: see below)
--
-- scale    1 = 40 teams, ~600 workers, 100,000 people, ~150,000 cases, >1,000,000 interactions over 5 years;
--          0.05 for development (teams stay 40, workers at least 80).
-- anchor   the local date (Europe/London) the five years end on; today by default. The same scale and anchor
--          always give the same rows: every "random" choice is a hash of the row's index (hashint8extended),
--          never random(), so the data does not depend on plan or evaluation order.
--
-- Ids are UUIDs made from a table number and the row's index (team 1 = b0000001-0000-4000-8000-000000000001),
-- so inserts append to the primary keys. Everything runs in one transaction with
-- session_replication_role = replica, which skips triggers (and so foreign-key checks and any summary
-- triggers): it needs a superuser (or SET privilege on that parameter). The rows still satisfy every NOT NULL,
-- CHECK, UNIQUE and foreign key; the summary tables are rebuilt at the end when their function exists.
\set ON_ERROR_STOP on
\pset footer off
\if :{?scale}
\else
\set scale 1
\endif
\if :{?anchor}
\else
select to_char(now() at time zone 'Europe/London', 'YYYY-MM-DD') as anchor \gset
\endif

select greatest(80, round(600 * :scale))::int as n_workers,
       greatest(1000, round(100000 * :scale))::int as n_people,
       ((:'anchor'::date)::timestamp at time zone 'Europe/London') as end_ts,
       ((:'anchor'::date - interval '5 years')::date) as start_date,
       (:'anchor'::date - (:'anchor'::date - interval '5 years')::date) as n_days
\gset
\echo bench: scale :scale, anchor :anchor, :n_people people, :n_workers workers, :n_days days from :start_date

\timing on
begin;
set local session_replication_role = replica;
set local work_mem = '256MB';
set local maintenance_work_mem = '256MB';
set local synchronous_commit = off;
set local timezone = 'UTC';
set local max_parallel_workers_per_gather = 0;

-- A uniform number in [0, 1) from a stream number and a row index.
create function pg_temp.u(stream int, i bigint) returns double precision
language sql immutable parallel safe as
$$ select ((hashint8extended(i, stream) >> 11) & 9007199254740991)::double precision / 9007199254740992.0 $$;

-- The id of row i of table number kind.
create function pg_temp.id(kind int, i bigint) returns uuid
language sql immutable parallel safe as
$$ select (lpad(to_hex(kind + 2952790016), 8, '0') || '-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid $$;

-- Teams and workers -----------------------------------------------------------------------------------------
insert into team (id, name, description, created_at)
select pg_temp.id(1, t), 'Team ' || lpad(t::text, 2, '0'), 'Synthetic team for the benchmark',
       :'start_date'::timestamp at time zone 'Europe/London' - interval '30 days'
from generate_series(1, 40) t;

-- Each worker is in their own team (w mod 40), 45% in a second and 15% in a third, all different.
create temp table wt on commit drop as
select w, 1 + (w - 1) % 40 as t from generate_series(1, :n_workers) w
union all
select w, 1 + ((w - 1) % 40 + 1 + floor(pg_temp.u(11, w) * 19)::int) % 40
from generate_series(1, :n_workers) w where pg_temp.u(12, w) < 0.45
union all
select w, 1 + ((w - 1) % 40 + 20 + floor(pg_temp.u(13, w) * 19)::int) % 40
from generate_series(1, :n_workers) w where pg_temp.u(14, w) < 0.15;

create temp table bench_worker on commit drop as
select * from (
select pg_temp.id(2, w), 'bench.worker.' || lpad(w::text, 4, '0'), 'Bench Worker ' || w,
       'bench.worker.' || w || '@casework.invalid', case when w % 12 = 0 then 'team-lead' else 'worker' end as role, true,
       :'start_date'::timestamp at time zone 'Europe/London' - interval '30 days'
from generate_series(1, :n_workers) w
union all
select pg_temp.id(2, 900001), 'bench.lead.all', 'Bench Lead (all teams)', null, 'team-lead', true,
       :'start_date'::timestamp at time zone 'Europe/London' - interval '30 days'
union all
select pg_temp.id(2, 900002), 'bench.lead.one', 'Bench Lead (Team 01)', null, 'team-lead', true,
       :'start_date'::timestamp at time zone 'Europe/London' - interval '30 days'
union all
select pg_temp.id(2, 900003), 'bench.lead.three', 'Bench Lead (Teams 01-03)', null, 'team-lead', true,
       :'start_date'::timestamp at time zone 'Europe/London' - interval '30 days'
) w (id, username, display_name, email, role, active, created_at);

insert into worker (id, username, display_name, email, active, created_at)
select id, username, display_name, email, active, created_at from bench_worker;
insert into worker_role (worker_id, role) select id, role from bench_worker;

insert into worker_team (worker_id, team_id)
select pg_temp.id(2, w), pg_temp.id(1, t) from wt
union all
select pg_temp.id(2, 900001), pg_temp.id(1, t) from generate_series(1, 40) t
union all
select pg_temp.id(2, 900002), pg_temp.id(1, 1)
union all
select pg_temp.id(2, 900003), pg_temp.id(1, t) from generate_series(1, 3) t;

-- The workers of each team, numbered 1..n, to pick key and lead workers by rank.
create temp table tw on commit drop as
select t, w, row_number() over (partition by t order by w) as r, count(*) over (partition by t) as n from wt;
create index on tw (t, r);
analyze tw;
create temp table tn on commit drop as select t, count(*)::int as n from wt group by t;

-- People -------------------------------------------------------------------------------------------------
-- tier: how much contact they have (1: a few contacts, 2: a dozen, 3: dozens, 4: hundreds).
create temp table p on commit drop as
select i,
       1 + floor(pg_temp.u(21, i) * 40)::int as home,
       case when pg_temp.u(22, i) < 0.60 then 1 when pg_temp.u(22, i) < 0.90 then 2
            when pg_temp.u(22, i) < 0.98 then 3 else 4 end as tier,
       floor(pg_temp.u(25, i) * (:n_days - 3))::int as start_day,
       1 + floor(pg_temp.u(26, i) * 16)::int as main_issue
from generate_series(1, :n_people) i;

-- Cases: k per person, one after another (so at most the last is open), with heavy-tailed lengths and gaps.
create temp table c0 on commit drop as
select p.i as pi, j, p.i * 10 + j as ci, p.tier, p.main_issue, p.home,
       case when j = 1 or pg_temp.u(31, p.i * 10 + j) >= 0.3 then p.home
            else 1 + (p.home - 1 + 1 + floor(pg_temp.u(32, p.i * 10 + j) * 39)::int) % 40 end as t,
       case p.tier when 1 then 7 + round(330 * pg_temp.u(33, p.i * 10 + j) ^ 2.5)
                   when 2 then 14 + round(400 * pg_temp.u(33, p.i * 10 + j) ^ 2)
                   when 3 then 45 + round(420 * pg_temp.u(33, p.i * 10 + j))
                   else 150 + round(650 * pg_temp.u(33, p.i * 10 + j)) end::int as len,
       (10 + round(700 * pg_temp.u(34, p.i * 10 + j) ^ 1.7))::int as gap,
       p.start_day
from p
cross join lateral generate_series(1, case when pg_temp.u(23, p.i) < 0.62 then 1
                                           when pg_temp.u(23, p.i) < 0.84 then 2
                                           when pg_temp.u(23, p.i) < 0.95 then 3
                                           else 4 + floor(pg_temp.u(24, p.i) * 3)::int end
                                      + case when p.tier >= 3 then 1 else 0 end) j;

create temp table c1 on commit drop as
select c.*,
       (:'start_date'::date + c.start_day
            + coalesce(sum(c.len + c.gap) over (partition by c.pi order by c.j
                                                rows between unbounded preceding and 1 preceding), 0)::int
            + interval '8 hours' + interval '1 minute' * floor(pg_temp.u(35, c.ci) * 600))
           at time zone 'Europe/London' as opened_at
from c0 c;

create temp table cs on commit drop as
select c.pi, c.j, c.ci, c.tier, c.main_issue, c.t, c.opened_at,
       case when c.opened_at + c.len * interval '1 day' < :'end_ts'::timestamptz - interval '1 hour'
            then c.opened_at + c.len * interval '1 day' + interval '1 minute' * floor(pg_temp.u(36, c.ci) * 300)
       end as closed_at,
       c.j = max(c.j) over (partition by c.pi) as last_case,
       tw.w as kw, tw.r as kw_rank, tw.n as team_workers,
       -- a tenth of the heavier users escalate: their contacts come closer and closer together
       c.tier >= 2 and pg_temp.u(27, c.pi) < 0.12 as escalating
from c1 c
join tn on tn.t = c.t
join tw on tw.t = c.t and tw.r = 1 + floor(pg_temp.u(37, c.ci) * tn.n)
where c.opened_at < :'end_ts'::timestamptz - interval '2 days';

alter table cs add column until timestamptz, add column n int, add column reason text;
update cs set
    until = least(coalesce(closed_at, :'end_ts'::timestamptz - interval '1 hour'), :'end_ts'::timestamptz - interval '1 hour'),
    -- died only ends a person's last case; moving away may come before a return
    reason = case when closed_at is null then null
                  when pg_temp.u(38, ci) < 0.28 then 'goals-met'
                  when pg_temp.u(38, ci) < 0.46 then 'housed'
                  when pg_temp.u(38, ci) < 0.61 then 'disengaged'
                  when pg_temp.u(38, ci) < 0.68 then 'declined-support'
                  when pg_temp.u(38, ci) < 0.78 then 'referred-on'
                  when pg_temp.u(38, ci) < 0.89 then 'no-contact'
                  when pg_temp.u(38, ci) < 0.94 then 'moved-away'
                  when pg_temp.u(38, ci) < 0.98 or not last_case then 'other'
                  else 'died' end,
    n = case tier when 1 then 1 + floor(pg_temp.u(39, ci) * 3)
                  when 2 then 3 + floor(pg_temp.u(39, ci) * 10)
                  when 3 then 15 + floor(pg_temp.u(39, ci) * 46)
                  else 60 + floor(pg_temp.u(39, ci) ^ 2 * 190) end;
analyze cs;

insert into person (id, registered_by_team_id, preferred_name, full_name, date_of_birth, pronouns,
                    preferred_language, created_at, updated_at, consent_to_share_across_teams)
select pg_temp.id(3, p.i), pg_temp.id(1, p.home), f.first, f.first || ' ' || f.last,
       date '1950-01-01' + floor(pg_temp.u(28, p.i) * 20000)::int,
       null, case when pg_temp.u(29, p.i) < 0.12 then 'cy' else 'en' end,
       c.opened_at - interval '1 hour', c.opened_at - interval '1 hour', pg_temp.u(30, p.i) < 0.3
from p
join cs c on c.pi = p.i and c.j = 1
cross join lateral (select (array['Aled','Bethan','Carys','Dylan','Eleri','Ffion','Gareth','Hannah','Iwan','Jess',
                                  'Kai','Lowri','Megan','Nia','Owen','Priya','Rhys','Sara','Tomos','Zara'])
                                  [1 + floor(pg_temp.u(41, p.i) * 20)::int] as first,
                           (array['Jones','Williams','Davies','Evans','Thomas','Roberts','Hughes','Lewis','Morgan',
                                  'Griffiths','Price','Rees','Khan','Edwards','Owen','Ahmed','Powell','Pritchard',
                                  'Lloyd','Walsh'])[1 + floor(pg_temp.u(42, p.i) * 20)::int] as last) f
order by p.i;

insert into support_case (id, person_id, team_id, key_worker_id, status, summary, opened_at, closed_at,
                          closure_reason, closure_note, created_at)
select pg_temp.id(4, ci), pg_temp.id(3, pi), pg_temp.id(1, t), pg_temp.id(2, kw),
       case when closed_at is null then 'open' else 'closed' end, 'Synthetic case', opened_at, closed_at,
       reason, null, opened_at
from cs order by ci;

-- Interactions ---------------------------------------------------------------------------------------------
-- Contact s of n on a case sits at position x = (b - 1 + jitter) / n of the case's span (b = s, or s - 1 for the
-- 7% that come the same day as the one before); escalating people's positions are sqrt(x), so gaps shrink.
create temp table ix on commit drop as
select c.ci, c.pi, c.t, c.kw, c.kw_rank, c.team_workers, c.tier, c.main_issue, s,
       c.ci * 1000 + s as ii,
       greatest(c.opened_at, least(c.until,
           (((c.opened_at at time zone 'Europe/London')::date
             + floor(extract(epoch from c.until - c.opened_at) / 86400.0
                     * case when c.escalating then sqrt(x.pos) else x.pos end)::int)
            + interval '7 hours 30 minutes' + interval '1 minute' * floor(pg_temp.u(52, c.ci * 1000 + s) * 720))
           at time zone 'Europe/London')) as occurred_at,
       case when s = 1 then pg_temp.u(53, c.ci * 1000 + s) < 0.85
            when c.tier = 4 or c.escalating then pg_temp.u(53, c.ci * 1000 + s) < 0.60
            else pg_temp.u(53, c.ci * 1000 + s) < 0.45 end as presentation
from cs c
cross join lateral generate_series(1, c.n) s
cross join lateral (select case when s > 1 and pg_temp.u(50, c.ci * 1000 + s) < 0.07 then s - 1 else s end as b) b
cross join lateral (select (b.b - 1 + pg_temp.u(51, c.ci * 1000 + b.b)) / c.n as pos) x;

insert into interaction (id, case_id, person_id, team_id, occurred_at, recorded_at, contact_status, channel,
                         initiator, duration_minutes, lead_worker_id, summary, what_mattered, outcome, follow_up_on,
                         recorded_by_worker_id)
select pg_temp.id(5, ii), pg_temp.id(4, ci), pg_temp.id(3, pi), pg_temp.id(1, t), occurred_at,
       greatest(occurred_at, least(:'end_ts'::timestamptz,
           case when pg_temp.u(54, ii) < 0.85 then occurred_at + interval '1 minute' * (5 + floor(pg_temp.u(55, ii) * 115))
                when pg_temp.u(54, ii) < 0.97 then occurred_at + interval '1 hour' * (20 + floor(pg_temp.u(55, ii) * 50))
                else occurred_at + interval '1 day' * (7 + floor(pg_temp.u(55, ii) * 14)) end)),
       status, channel, initiator,
       case when status = 'made' then 5 + floor(pg_temp.u(56, ii) * 85)::int end,
       pg_temp.id(2, lead), 'Synthetic contact', null,
       case when status = 'made' then (array['resolved','advice-given','support-given','referred','signposted',
                                             'offer-made','listened','no-action'])[1 + floor(pg_temp.u(57, ii) * 8)::int] end,
       case when status = 'made' and pg_temp.u(58, ii) < 0.15
            then (occurred_at at time zone 'Europe/London')::date + 7 + floor(pg_temp.u(59, ii) * 7)::int end,
       pg_temp.id(2, lead)
from (select ix.*,
             case when not presentation then 'worker'
                  when pg_temp.u(60, ii) < 0.55 then 'person'
                  when pg_temp.u(60, ii) < 0.80 then 'referral'
                  else 'other-agency' end as initiator,
             case when presentation then
                      case when pg_temp.u(61, ii) < 0.35 then 'phone' when pg_temp.u(61, ii) < 0.60 then 'in-person'
                           when pg_temp.u(61, ii) < 0.75 then 'drop-in' when pg_temp.u(61, ii) < 0.87 then 'text-online'
                           when pg_temp.u(61, ii) < 0.92 then 'outreach' when pg_temp.u(61, ii) < 0.96 then 'video'
                           else 'home-visit' end
                  else case when pg_temp.u(61, ii) < 0.30 then 'home-visit' when pg_temp.u(61, ii) < 0.60 then 'phone'
                            when pg_temp.u(61, ii) < 0.75 then 'text-online' when pg_temp.u(61, ii) < 0.83 then 'video'
                            when pg_temp.u(61, ii) < 0.90 then 'letter' when pg_temp.u(61, ii) < 0.95 then 'outreach'
                            else 'in-person' end end as channel,
             case when presentation and pg_temp.u(62, ii) < 0.97 then 'made'
                  when presentation then 'cancelled'
                  when pg_temp.u(62, ii) < 0.84 then 'made' when pg_temp.u(62, ii) < 0.92 then 'no-answer'
                  when pg_temp.u(62, ii) < 0.97 then 'did-not-attend' else 'cancelled' end as status,
             case when pg_temp.u(63, ii) < 0.8 then kw
                  else (select tw.w from tw where tw.t = ix.t and tw.r = 1 + floor(pg_temp.u(64, ii) * ix.team_workers))
             end as lead
      from ix) i
order by ii;

-- 0-3 issue categories each, the first usually the person's main issue, all different.
insert into interaction_issue (interaction_id, category)
select pg_temp.id(5, ix.ii),
       (array['homelessness','rent-arrears','tenancy','repairs','benefits','debt','mental-health','physical-health',
              'substance-use','domestic-abuse','family','antisocial-behaviour','isolation','employment',
              'safeguarding','other'])
       [1 + (ix.main_issue - 1 + case k when 1 then case when pg_temp.u(71, ix.ii) < 0.6 then 0
                                                         else 1 + floor(pg_temp.u(72, ix.ii) * 7)::int end
                                         when 2 then 8 + floor(pg_temp.u(73, ix.ii) * 4)::int
                                         else 12 + floor(pg_temp.u(74, ix.ii) * 4)::int end) % 16]
from ix
cross join lateral generate_series(1, case when pg_temp.u(70, ix.ii) < 0.20 then 0
                                           when pg_temp.u(70, ix.ii) < 0.65 then 1
                                           when pg_temp.u(70, ix.ii) < 0.90 then 2 else 3 end) k
order by ix.ii, k;

-- Handovers, referrals, offers -------------------------------------------------------------------------------
insert into handover (id, case_id, from_worker_id, to_worker_id, handed_over_at, reason)
select pg_temp.id(8, c.ci), pg_temp.id(4, c.ci), pg_temp.id(2, f.w), pg_temp.id(2, c.kw),
       c.opened_at + (c.until - c.opened_at) * 0.4, 'Caseload rebalanced'
from cs c
join tw f on f.t = c.t and f.r = c.kw_rank % c.team_workers + 1
where pg_temp.u(80, c.ci) < 0.12 and c.team_workers >= 2
order by c.ci;

insert into referral (id, case_id, person_id, team_id, to_team_id, to_agency, reason, status, sent_at,
                      sent_by_worker_id, owner_worker_id, acknowledged_at, responded_at, response_note,
                      recorded_by_worker_id)
select pg_temp.id(6, ci), pg_temp.id(4, ci), pg_temp.id(3, pi), pg_temp.id(1, t),
       case when to_team is not null then pg_temp.id(1, to_team) end,
       case when to_team is null then (array['Citizens Advice','GP surgery','Community mental health team',
                                             'Probation service','Food bank','Women''s Aid'])
                                      [1 + floor(pg_temp.u(84, ci) * 6)::int] end,
       'Synthetic referral', status, sent_at, pg_temp.id(2, kw), pg_temp.id(2, kw),
       case when status not in ('sent', 'no-response') then least(ack_at, :'end_ts'::timestamptz) end,
       case when status in ('accepted', 'declined') then least(ack_at + interval '1 day' * (1 + floor(pg_temp.u(85, ci) * 13)), :'end_ts'::timestamptz)
            when status = 'no-response' then least(sent_at + interval '28 days', :'end_ts'::timestamptz) end,
       case when status = 'declined' then 'Does not meet the criteria' end,
       pg_temp.id(2, kw)
from (select c.*, s.sent_at,
             case when pg_temp.u(82, c.ci) < 0.6 then 1 + (c.t - 1 + 1 + floor(pg_temp.u(83, c.ci) * 39)::int) % 40 end as to_team,
             s.sent_at + interval '1 hour' * (4 + floor(pg_temp.u(86, c.ci) * 236)) as ack_at,
             case when s.sent_at > :'end_ts'::timestamptz - interval '28 days' then 'sent'
                  when pg_temp.u(87, c.ci) < 0.12 then 'acknowledged'
                  when pg_temp.u(87, c.ci) < 0.62 then 'accepted'
                  when pg_temp.u(87, c.ci) < 0.82 then 'declined'
                  else 'no-response' end as status
      from cs c
      cross join lateral (select c.opened_at + (c.until - c.opened_at) * (0.1 + 0.6 * pg_temp.u(81, c.ci)) as sent_at) s
      where pg_temp.u(88, c.ci) < 0.36) r
order by ci;

insert into offer (id, case_id, person_id, team_id, offer_type, description, final_offer, offered_at, respond_by,
                   offered_by_worker_id, status, response, responded_at, response_reason, withdrawn_at,
                   withdrawal_reason, recorded_by_worker_id)
select pg_temp.id(7, ci), pg_temp.id(4, ci), pg_temp.id(3, pi), pg_temp.id(1, t),
       (array['temporary-accommodation','supported-accommodation','social-tenancy','private-tenancy',
              'tenancy-support','counselling','training','financial-help','other'])[1 + floor(pg_temp.u(91, ci) * 9)::int],
       'Synthetic offer', pg_temp.u(92, ci) < 0.1, offered_at,
       (offered_at at time zone 'Europe/London')::date + 14, pg_temp.id(2, kw),
       status,
       case when status in ('accepted', 'declined') or kind = 'withdrawn-after-acceptance' then
            case when status = 'declined' then 'declined' else 'accepted' end end,
       case when status in ('accepted', 'declined') or kind = 'withdrawn-after-acceptance' then responded_at end,
       case when status = 'declined' then 'Too far from family and school' end,
       case when status = 'withdrawn' then least(responded_at + interval '5 days', :'end_ts'::timestamptz) end,
       case when status = 'withdrawn' then 'No longer available' end,
       pg_temp.id(2, kw)
from (select c.*, o.offered_at,
             least(o.offered_at + interval '1 hour' * (12 + floor(pg_temp.u(93, c.ci) * 230)), :'end_ts'::timestamptz - interval '6 days') as responded_at,
             case when o.offered_at > :'end_ts'::timestamptz - interval '14 days' then 'offered'
                  when pg_temp.u(94, c.ci) < 0.55 then 'accepted'
                  when pg_temp.u(94, c.ci) < 0.80 then 'declined'
                  when pg_temp.u(94, c.ci) < 0.90 then 'withdrawn'
                  else 'withdrawn-after-acceptance' end as kind
      from cs c
      cross join lateral (select c.opened_at + (c.until - c.opened_at) * (0.2 + 0.6 * pg_temp.u(90, c.ci)) as offered_at) o
      where pg_temp.u(95, c.ci) < 0.27) c
cross join lateral (select case when c.kind = 'withdrawn-after-acceptance' then 'withdrawn' else c.kind end as status) s
order by ci;

-- SWEMWBS assessments (V8: instrument swemwbs, version 1, 7 items 1-5, raw total -> metric score by lookup) -----
-- A quarter of cases open six weeks or more: the person at the start and at the end (or now), and on half of
-- them the worker at the start too. Levels start low and mostly rise.
create temp table ax on commit drop as
select c.ci, c.pi, c.t, c.kw, slot, c.ci * 10 + slot as ai,
       case slot when 2 then c.until - interval '3 days' else c.opened_at + interval '3 days' end as assessed_at,
       case slot when 3 then 'worker' else 'self' end as respondent,
       1.6 + 1.4 * pg_temp.u(101, c.ci)
           + case slot when 2 then -0.5 + 1.9 * pg_temp.u(102, c.ci) when 3 then 0.3 else 0 end as level
from cs c
cross join lateral generate_series(1, case when pg_temp.u(103, c.ci) < 0.5 then 3 else 2 end) slot
where c.until - c.opened_at >= interval '42 days' and pg_temp.u(100, c.ci) < 0.25;

create temp table ans on commit drop as
select ax.ai, it.position, it.code,
       least(5, greatest(1, round(ax.level + (pg_temp.u(104, ax.ai * 10 + it.position) - 0.5) * 1.8)))::int as value
from ax
cross join (select position, code from instrument_item
            where instrument_version_id = '5e0c0001-0000-4000-8000-000000000001') it;

insert into assessment (id, case_id, person_id, team_id, instrument_id, instrument_version_id, assessed_at,
                        respondent, recorded_by_worker_id, raw_total, score, band, created_at)
select pg_temp.id(9, ax.ai), pg_temp.id(4, ax.ci), pg_temp.id(3, ax.pi), pg_temp.id(1, ax.t),
       '5e0c0000-0000-4000-8000-000000000001', '5e0c0001-0000-4000-8000-000000000001', ax.assessed_at,
       ax.respondent, pg_temp.id(2, ax.kw), tot.raw, l.score, null, ax.assessed_at
from ax
join (select ai, sum(value)::int as raw from ans group by ai) tot on tot.ai = ax.ai
join instrument_lookup l on l.instrument_version_id = '5e0c0001-0000-4000-8000-000000000001' and l.raw_total = tot.raw
order by ax.ai;

insert into assessment_answer (assessment_id, position, item_code, value, declined, band)
select pg_temp.id(9, ai), position, code, value, false, null from ans order by ai, position;

-- Soft outcome moments on a fifth of cases, one or two well-being domains each.
insert into moment (id, case_id, person_id, team_id, occurred_at, recorded_at, recorded_by_worker_id, type,
                    observer, what_happened, in_their_words)
select pg_temp.id(10, c.ci), pg_temp.id(4, c.ci), pg_temp.id(3, c.pi), pg_temp.id(1, c.t), m.at, m.at + interval '2 hours',
       pg_temp.id(2, c.kw),
       (array['trust-built','engaged','confidence','self-advocacy','step-towards-independence','connection-made',
              'crisis-averted','asked-for-help','coped-with-setback','new-skill','goal-reached','other'])
           [1 + floor(pg_temp.u(111, c.ci) * 12)::int],
       (array['worker','person','family','other-agency'])[1 + floor(pg_temp.u(112, c.ci) * 4)::int],
       'Synthetic moment', pg_temp.u(113, c.ci) < 0.4
from cs c
cross join lateral (select c.opened_at + (c.until - c.opened_at) * (0.3 + 0.6 * pg_temp.u(114, c.ci)) as at) m
where pg_temp.u(110, c.ci) < 0.2
order by c.ci;

insert into moment_domain (moment_id, domain)
select pg_temp.id(10, c.ci), d.domain
from cs c
cross join lateral (select (array['physical-mental-health','protection-from-abuse','education-training-recreation',
                                  'domestic-family-personal-relationships','contribution-to-society','securing-rights',
                                  'social-economic-wellbeing','suitability-of-living-accommodation'])
                               [1 + (floor(pg_temp.u(115, c.ci) * 8)::int + k * (1 + floor(pg_temp.u(116, c.ci) * 7)::int)) % 8] as domain
                    from generate_series(0, case when pg_temp.u(117, c.ci) < 0.5 then 0 else 1 end) k) d
where pg_temp.u(110, c.ci) < 0.2;

-- Team 01's target, so the scorecard has one to judge: 60% of cases closed within 28 days, each quarter.
insert into team_target (id, team_id, metric, parameter_days, comparator, threshold, period, description, created_at)
select pg_temp.id(20, 1), pg_temp.id(1, 1), 'cases-closed-within-days', 28, 'at-least', 60, 'quarter',
       'Close within 28 days', :'start_date'::timestamp at time zone 'Europe/London';

-- Summaries that triggers keep (skipped above) are rebuilt once, when this schema has them.
do $$ begin
    if to_regproc('casework_rebuild_presentation_days') is not null then
        perform casework_rebuild_presentation_days();
    end if;
end $$;

commit;
vacuum analyze;
\timing off

select "table", "rows" from (
select 1 as ord, 'team' as "table", count(*) as "rows" from team
union all select 2, 'worker', count(*) from worker
union all select 3, 'worker_team', count(*) from worker_team
union all select 4, 'person', count(*) from person
union all select 5, 'support_case', count(*) from support_case
union all select 6, 'support_case (open)', count(*) from support_case where status = 'open'
union all select 7, 'interaction', count(*) from interaction
union all select 8, 'interaction (presentations)', count(*) from interaction where initiator <> 'worker'
union all select 9, 'interaction_issue', count(*) from interaction_issue
union all select 10, 'handover', count(*) from handover
union all select 11, 'referral', count(*) from referral
union all select 12, 'offer', count(*) from offer
union all select 13, 'assessment', count(*) from assessment
union all select 14, 'assessment_answer', count(*) from assessment_answer
union all select 15, 'moment', count(*) from moment) counts
order by ord;
