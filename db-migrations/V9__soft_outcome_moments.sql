-- Soft outcome moments (issue 4): narrative entries on a case — what happened, in the person's own words where
-- possible — typed, tagged with well-being domains, with who observed it. They appear on the person's timeline.

-- Three new vocabularies. The allowed list of reference_code_vocabulary_known is rebuilt from the one in place
-- plus ours, so a migration that added vocabularies before this one keeps them.
do $$
declare
    known text;
begin
    select string_agg(quote_literal(v), ', ' order by v) into known
    from (select m[1] as v
          from pg_constraint con,
               regexp_matches(pg_get_constraintdef(con.oid), '''([a-z0-9-]+)''', 'g') as m
          where con.conname = 'reference_code_vocabulary_known' and con.conrelid = 'reference_code'::regclass
          union
          select unnest(array['moment-type', 'observer', 'wellbeing-domain'])) as vocabularies;
    alter table reference_code drop constraint reference_code_vocabulary_known;
    -- written as "in (...)" again, so the next migration can read the list back the same way
    execute 'alter table reference_code add constraint reference_code_vocabulary_known check (vocabulary in ('
            || known || '))';
end;
$$;

-- "on conflict do nothing": another migration may already have seeded the well-being domains, with the same codes.
insert into reference_code (vocabulary, code, label_en, label_cy, sort_order) values
-- What kind of moment it was; extendable by later migrations
('moment-type', 'trust-built',               'Trust built',                  'Magu ymddiriedaeth',            10),
('moment-type', 'engaged',                   'Engaged',                      'Wedi ymgysylltu',               20),
('moment-type', 'confidence',                'Confidence',                   'Hyder',                         30),
('moment-type', 'self-advocacy',             'Spoke up for themselves',      'Wedi siarad drostynt eu hunain', 40),
('moment-type', 'step-towards-independence', 'Step towards independence',    'Cam tuag at annibyniaeth',      50),
('moment-type', 'connection-made',           'Connection made',              'Cysylltiad wedi''i wneud',      60),
('moment-type', 'crisis-averted',            'Crisis averted',               'Argyfwng wedi''i osgoi',        70),
('moment-type', 'asked-for-help',            'Asked for help early',         'Gofyn am help yn gynnar',       80),
('moment-type', 'coped-with-setback',        'Coped with a setback',         'Ymdopi ag anhawster',           90),
('moment-type', 'new-skill',                 'Learned something new',        'Dysgu rhywbeth newydd',         100),
('moment-type', 'goal-reached',              'Reached a goal of their own',  'Cyrraedd nod personol',         110),
('moment-type', 'other',                     'Other',                        'Arall',                         990),
-- Who saw or told of the moment
('observer', 'worker',       'The worker',     'Y gweithiwr',      10),
('observer', 'person',       'The person',     'Y person',         20),
('observer', 'family',       'Family',         'Teulu',            30),
('observer', 'other-agency', 'Another agency', 'Asiantaeth arall', 40),
-- The well-being domains of section 2(2) of the Social Services and Well-being (Wales) Act 2014, (a) to (h)
('wellbeing-domain', 'physical-mental-health',                 'Physical and mental health and emotional well-being', 'Iechyd corfforol a meddyliol a llesiant emosiynol', 10),
('wellbeing-domain', 'protection-from-abuse',                  'Protection from abuse and neglect',                   'Diogelu rhag camdriniaeth ac esgeulustod',         20),
('wellbeing-domain', 'education-training-recreation',          'Education, training and recreation',                  'Addysg, hyfforddiant a hamdden',                   30),
('wellbeing-domain', 'domestic-family-personal-relationships', 'Domestic, family and personal relationships',         'Perthnasoedd domestig, teuluol a phersonol',       40),
('wellbeing-domain', 'contribution-to-society',                'Contribution made to society',                        'Cyfraniad a wneir i gymdeithas',                   50),
('wellbeing-domain', 'securing-rights',                        'Securing rights and entitlements',                    'Sicrhau hawliau a hawlogaethau',                   60),
('wellbeing-domain', 'social-economic-wellbeing',              'Social and economic well-being',                      'Llesiant cymdeithasol ac economaidd',              70),
('wellbeing-domain', 'suitability-of-living-accommodation',    'Suitability of living accommodation',                 'Addasrwydd llety byw',                             80)
on conflict (vocabulary, code) do nothing;

create table moment (
    id                    uuid        primary key,
    case_id               uuid        not null,
    person_id             uuid        not null,
    team_id               uuid        not null,
    occurred_at           timestamptz not null,
    recorded_at           timestamptz not null,
    -- the signed-in worker who wrote it up, never taken from the request; null for history loaded without one
    recorded_by_worker_id uuid        references worker (id),
    type                  text        not null,
    type_vocabulary       text        generated always as ('moment-type') stored,
    observer              text        not null,
    observer_vocabulary   text        generated always as ('observer') stored,
    what_happened         text        not null,
    -- whether what_happened is the person's own words rather than the worker's account
    in_their_words        boolean     not null default false,
    version               bigint      not null default 0,
    constraint moment_what_happened_length check (char_length(what_happened) between 1 and 4000),
    foreign key (case_id, person_id, team_id) references support_case (id, person_id, team_id),
    foreign key (type_vocabulary, type) references reference_code (vocabulary, code),
    foreign key (observer_vocabulary, observer) references reference_code (vocabulary, code)
);
create index moment_case_idx on moment (case_id, occurred_at desc, id desc);
create index moment_person_idx on moment (person_id, occurred_at desc, id desc);
create index moment_team_idx on moment (team_id, occurred_at);

-- The well-being domains a moment speaks to: at least one (the service checks), each once.
create table moment_domain (
    moment_id         uuid not null references moment (id) on delete cascade,
    domain            text not null,
    domain_vocabulary text generated always as ('wellbeing-domain') stored,
    primary key (moment_id, domain),
    foreign key (domain_vocabulary, domain) references reference_code (vocabulary, code)
);
create index moment_domain_domain_idx on moment_domain (domain, moment_id);

-- The timeline gains moments: event is the moment type, code the observer, summary what happened, and the
-- worker who recorded it (or the case's key worker for history loaded without a sign-in). Every earlier row is
-- unchanged; columns keep their names and order, as "create or replace view" requires.
create or replace view timeline_entry as
select i.person_id, i.occurred_at as at, 'interaction' as kind, i.contact_status as event,
       'interaction:' || i.id as entry_key, i.id as source_id, i.case_id, i.team_id,
       i.lead_worker_id as worker_id, i.channel as code, i.summary
from interaction i
union all
select c.person_id, c.opened_at, 'case', 'opened', 'case-opened:' || c.id, c.id, c.id, c.team_id,
       c.key_worker_id, null, c.summary
from support_case c
union all
select c.person_id, c.closed_at, 'case', 'closed', 'case-closed:' || c.id, c.id, c.id, c.team_id,
       c.key_worker_id, c.closure_reason, c.closure_note
from support_case c
where c.closed_at is not null
union all
select c.person_id, h.handed_over_at, 'handover', 'handed-over', 'handover:' || h.id, h.id, h.case_id, c.team_id,
       h.to_worker_id, null, h.reason
from handover h
join support_case c on c.id = h.case_id
union all
select r.person_id, r.sent_at, 'referral', 'sent', 'referral-sent:' || r.id, r.id, r.case_id, r.team_id,
       r.sent_by_worker_id, null, r.reason
from referral r
union all
select r.person_id, r.acknowledged_at, 'referral', 'acknowledged', 'referral-acknowledged:' || r.id, r.id,
       r.case_id, r.team_id, r.owner_worker_id, null, null
from referral r
where r.acknowledged_at is not null
union all
select r.person_id, r.responded_at, 'referral', r.status, 'referral-responded:' || r.id, r.id, r.case_id,
       r.team_id, r.owner_worker_id, null, r.response_note
from referral r
where r.responded_at is not null
union all
select o.person_id, o.offered_at, 'offer', 'offered', 'offer-made:' || o.id, o.id, o.case_id, o.team_id,
       o.offered_by_worker_id, o.offer_type, o.description
from offer o
union all
select o.person_id, o.responded_at, 'offer', o.response, 'offer-responded:' || o.id, o.id, o.case_id,
       o.team_id, o.offered_by_worker_id, o.offer_type, o.response_reason
from offer o
where o.responded_at is not null
union all
select o.person_id, o.withdrawn_at, 'offer', 'withdrawn', 'offer-withdrawn:' || o.id, o.id, o.case_id,
       o.team_id, o.offered_by_worker_id, o.offer_type, o.withdrawal_reason
from offer o
where o.withdrawn_at is not null
union all
select m.person_id, m.occurred_at, 'moment', m.type, 'moment:' || m.id, m.id, m.case_id, m.team_id,
       coalesce(m.recorded_by_worker_id, c.key_worker_id), m.observer, m.what_happened
from moment m
join support_case c on c.id = m.case_id;
