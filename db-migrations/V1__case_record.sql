-- The whole-person case record: teams, workers, coded vocabularies, people and their network,
-- cases with handovers, interactions, referrals and offers.
-- Every coded field references reference_code through a generated "vocabulary" column, so the database
-- itself refuses a code that is not in the right vocabulary.

create extension if not exists pg_trgm;

-- Coded vocabularies -------------------------------------------------------------------------------------
create table reference_code (
    vocabulary  text    not null,
    code        text    not null,
    label_en    text    not null,
    label_cy    text    not null,
    sort_order  integer not null default 0,
    active      boolean not null default true,
    primary key (vocabulary, code),
    constraint reference_code_vocabulary_known check (vocabulary in
        ('channel', 'initiator', 'issue-category', 'interaction-outcome', 'need-domain', 'closure-reason',
         'relationship', 'offer-type')),
    constraint reference_code_code_format check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);

-- Teams and workers -------------------------------------------------------------------------------------
create table team (
    id          uuid        primary key,
    name        text        not null,
    description text,
    created_at  timestamptz not null,
    version     bigint      not null default 0,
    constraint team_name_unique unique (name)
);

create table worker (
    id          uuid        primary key,
    username    text        not null,
    display_name text       not null,
    email       text,
    role        text        not null,
    active      boolean     not null default true,
    created_at  timestamptz not null,
    version     bigint      not null default 0,
    constraint worker_username_unique unique (username),
    constraint worker_role_known check (role in ('worker', 'team-lead', 'admin', 'integration'))
);

create table worker_team (
    worker_id uuid not null references worker (id) on delete cascade,
    team_id   uuid not null references team (id),
    primary key (worker_id, team_id)
);
create index worker_team_team_idx on worker_team (team_id);

-- People ------------------------------------------------------------------------------------------------
create table person (
    id                     uuid        primary key,
    registered_by_team_id  uuid        not null references team (id),
    preferred_name         text        not null,
    full_name              text        not null,
    date_of_birth          date,
    pronouns               text,
    preferred_language     text        not null default 'en',
    contact_phone          text,
    contact_email          text,
    contact_address        text,
    contact_notes          text,
    what_matters_to_me     text,
    communication_needs    text,
    access_needs           text,
    safety_notes           text,
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    version                bigint      not null default 0,
    constraint person_language_known check (preferred_language in ('en', 'cy'))
);
create index person_full_name_trgm_idx on person using gin (full_name gin_trgm_ops);
create index person_preferred_name_trgm_idx on person using gin (preferred_name gin_trgm_ops);
create index person_full_name_id_idx on person (full_name, id);
create index person_date_of_birth_idx on person (date_of_birth);

-- Ordered lists owned by a person, replaced whole on update.
create table person_contact_method (
    person_id uuid    not null references person (id) on delete cascade,
    position  integer not null,
    method    text    not null,
    primary key (person_id, position),
    constraint person_contact_method_known check (method in ('phone', 'text', 'email', 'letter', 'in-person'))
);

create table person_strength (
    person_id uuid    not null references person (id) on delete cascade,
    position  integer not null,
    strength  text    not null,
    primary key (person_id, position)
);

-- An integrator's own key for a person: unique within its system.
create table person_identifier (
    person_id uuid    not null references person (id) on delete cascade,
    position  integer not null,
    system    text    not null,
    value     text    not null,
    primary key (person_id, position),
    -- deferred: reordering identifiers on update briefly holds one value twice
    constraint person_identifier_unique unique (system, value) deferrable initially deferred
);

-- The people around the person.
create table network_member (
    id                   uuid        primary key,
    person_id            uuid        not null references person (id) on delete cascade,
    name                 text        not null,
    relationship         text        not null,
    relationship_vocabulary text     generated always as ('relationship') stored,
    organisation         text,
    phone                text,
    email                text,
    supportive           boolean,
    consent_to_contact   boolean     not null default false,
    notes                text,
    created_at           timestamptz not null,
    version              bigint      not null default 0,
    foreign key (relationship_vocabulary, relationship) references reference_code (vocabulary, code)
);
create index network_member_person_idx on network_member (person_id, name, id);

-- Cases -------------------------------------------------------------------------------------------------
create table support_case (
    id                   uuid        primary key,
    person_id            uuid        not null references person (id),
    team_id              uuid        not null references team (id),
    key_worker_id        uuid        not null references worker (id),
    status               text        not null default 'open',
    summary              text,
    opened_at            timestamptz not null,
    closed_at            timestamptz,
    closure_reason       text,
    closure_reason_vocabulary text   generated always as ('closure-reason') stored,
    closure_note         text,
    created_at           timestamptz not null,
    version              bigint      not null default 0,
    constraint support_case_status_known check (status in ('open', 'closed')),
    constraint support_case_closure_consistent check (
        (status = 'open' and closed_at is null and closure_reason is null)
        or (status = 'closed' and closed_at is not null and closure_reason is not null)),
    constraint support_case_closed_after_opened check (closed_at is null or closed_at >= opened_at),
    -- lets interactions, referrals and offers carry person and team without disagreeing with their case
    constraint support_case_identity unique (id, person_id, team_id),
    foreign key (closure_reason_vocabulary, closure_reason) references reference_code (vocabulary, code)
);
-- One open case per person per team: a second would split the relationship history.
create unique index support_case_one_open_per_team on support_case (person_id, team_id) where status = 'open';
create index support_case_person_idx on support_case (person_id, opened_at);
create index support_case_key_worker_open_idx on support_case (key_worker_id) where status = 'open';
create index support_case_team_idx on support_case (team_id, status, opened_at, id);

create table case_need (
    case_id     uuid    not null references support_case (id) on delete cascade,
    position    integer not null,
    domain      text    not null,
    domain_vocabulary text generated always as ('need-domain') stored,
    description text    not null,
    primary key (case_id, position),
    foreign key (domain_vocabulary, domain) references reference_code (vocabulary, code)
);

-- The person's own goals, in their words.
create table case_goal (
    case_id     uuid    not null references support_case (id) on delete cascade,
    position    integer not null,
    in_their_words text not null,
    achieved    boolean not null default false,
    primary key (case_id, position)
);

create table handover (
    id              uuid        primary key,
    case_id         uuid        not null references support_case (id),
    from_worker_id  uuid        not null references worker (id),
    to_worker_id    uuid        not null references worker (id),
    handed_over_at  timestamptz not null,
    reason          text        not null,
    constraint handover_changes_worker check (from_worker_id <> to_worker_id)
);
create index handover_case_idx on handover (case_id, handed_over_at);

-- Interactions ------------------------------------------------------------------------------------------
create table interaction (
    id                uuid        primary key,
    case_id           uuid        not null,
    person_id         uuid        not null,
    team_id           uuid        not null,
    occurred_at       timestamptz not null,
    recorded_at       timestamptz not null,
    contact_status    text        not null,
    channel           text        not null,
    channel_vocabulary text       generated always as ('channel') stored,
    initiator         text        not null,
    initiator_vocabulary text     generated always as ('initiator') stored,
    duration_minutes  integer,
    lead_worker_id    uuid        not null references worker (id),
    summary           text,
    what_mattered     text,
    outcome           text,
    outcome_vocabulary text       generated always as ('interaction-outcome') stored,
    follow_up_on      date,
    version           bigint      not null default 0,
    constraint interaction_contact_status_known check
        (contact_status in ('made', 'no-answer', 'did-not-attend', 'cancelled')),
    constraint interaction_duration_range check (duration_minutes between 0 and 1440),
    foreign key (case_id, person_id, team_id) references support_case (id, person_id, team_id),
    foreign key (channel_vocabulary, channel) references reference_code (vocabulary, code),
    foreign key (initiator_vocabulary, initiator) references reference_code (vocabulary, code),
    foreign key (outcome_vocabulary, outcome) references reference_code (vocabulary, code)
);
create index interaction_case_idx on interaction (case_id, occurred_at desc, id desc);
create index interaction_person_idx on interaction (person_id, occurred_at desc, id desc);
create index interaction_team_idx on interaction (team_id, occurred_at);
create index interaction_follow_up_idx on interaction (case_id, follow_up_on) where follow_up_on is not null;

-- Workers present besides the lead (recorded, not counted for continuity).
create table interaction_worker (
    interaction_id uuid not null references interaction (id) on delete cascade,
    worker_id      uuid not null references worker (id),
    primary key (interaction_id, worker_id)
);

create table interaction_issue (
    interaction_id uuid not null references interaction (id) on delete cascade,
    category       text not null,
    category_vocabulary text generated always as ('issue-category') stored,
    primary key (interaction_id, category),
    foreign key (category_vocabulary, category) references reference_code (vocabulary, code)
);

-- Referrals ---------------------------------------------------------------------------------------------
create table referral (
    id                uuid        primary key,
    case_id           uuid        not null,
    person_id         uuid        not null,
    team_id           uuid        not null,
    to_team_id        uuid        references team (id),
    to_agency         text,
    reason            text        not null,
    status            text        not null default 'sent',
    sent_at           timestamptz not null,
    sent_by_worker_id uuid        not null references worker (id),
    owner_worker_id   uuid        not null references worker (id),
    acknowledged_at   timestamptz,
    responded_at      timestamptz,
    response_note     text,
    version           bigint      not null default 0,
    constraint referral_status_known check
        (status in ('sent', 'acknowledged', 'accepted', 'declined', 'no-response')),
    constraint referral_one_destination check ((to_team_id is null) <> (to_agency is null)),
    constraint referral_response_consistent check
        ((status in ('sent', 'acknowledged')) = (responded_at is null)),
    foreign key (case_id, person_id, team_id) references support_case (id, person_id, team_id)
);
create index referral_person_idx on referral (person_id, sent_at);
create index referral_team_idx on referral (team_id, sent_at, id);
create index referral_to_team_idx on referral (to_team_id, sent_at, id) where to_team_id is not null;

-- Offers ------------------------------------------------------------------------------------------------
create table offer (
    id                uuid        primary key,
    case_id           uuid        not null,
    person_id         uuid        not null,
    team_id           uuid        not null,
    offer_type        text        not null,
    offer_type_vocabulary text    generated always as ('offer-type') stored,
    description       text        not null,
    final_offer       boolean     not null default false,
    offered_at        timestamptz not null,
    respond_by        date,
    offered_by_worker_id uuid     not null references worker (id),
    status            text        not null default 'offered',
    response          text,
    responded_at      timestamptz,
    response_reason   text,
    withdrawn_at      timestamptz,
    withdrawal_reason text,
    version           bigint      not null default 0,
    constraint offer_status_known check (status in ('offered', 'accepted', 'declined', 'withdrawn')),
    constraint offer_response_known check (response in ('accepted', 'declined')),
    constraint offer_response_consistent check ((response is null) = (responded_at is null)),
    -- status is the latest of: offered, the person's response, a withdrawal (possibly after acceptance)
    constraint offer_status_consistent check (
        (status = 'offered' and response is null and withdrawn_at is null)
        or (status in ('accepted', 'declined') and response = status and withdrawn_at is null)
        or (status = 'withdrawn' and withdrawn_at is not null and withdrawal_reason is not null
            and (response is null or response = 'accepted'))),
    -- why an offer was declined is the point of recording it
    constraint offer_decline_reason_given check (response is distinct from 'declined' or response_reason is not null),
    foreign key (case_id, person_id, team_id) references support_case (id, person_id, team_id),
    foreign key (offer_type_vocabulary, offer_type) references reference_code (vocabulary, code)
);
create index offer_person_idx on offer (person_id, offered_at);
create index offer_team_idx on offer (team_id, offered_at, id);

-- The relationship history, one row per event, for the person timeline --------------------------------
create view timeline_entry as
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
where o.withdrawn_at is not null;
