-- Signed webhooks (issue 13): admins subscribe a URL to the change feed's events of some teams; Casework sends
-- each event, signed by the Standard Webhooks scheme, from a queue in this database that every instance claims
-- from with FOR UPDATE SKIP LOCKED, so two instances neither lose nor double-send an event (webhooks.Deliveries).

create table webhook_subscription (
    id                    uuid        primary key,
    url                   text        not null,
    description           text,
    -- the events sent: '<recordType>.<change>' of the change feed, e.g. 'case.closed'
    event_types           text[]      not null,
    -- whose changes: as the change feed answers a caller of these teams
    team_ids              uuid[]      not null,
    -- 'whsec_' and the base64 of the key; shown once, when the subscription is made. Kept as is: Casework must
    -- sign with it (an HMAC key cannot be hashed away), so this table is as secret as the database's password.
    secret                text        not null,
    active                boolean     not null default true,
    -- why it was disabled: by an admin, or by Casework after repeated failure
    disabled_reason       text,
    disabled_at           timestamptz,
    -- failed attempts since the last one that succeeded, and when the first of them was
    consecutive_failures     integer     not null default 0,
    failing_since         timestamptz,
    -- how far the change feed has been read into deliveries (webhooks.Deliveries.fanOut)
    feed_tx               bigint      not null,
    feed_id               bigint      not null,
    created_by_worker_id  uuid        references worker (id),
    created_at            timestamptz not null,
    version               bigint      not null default 0,
    constraint webhook_subscription_disabled_consistent check (active = (disabled_at is null)),
    constraint webhook_subscription_has_events check (cardinality(event_types) > 0),
    constraint webhook_subscription_has_teams check (cardinality(team_ids) > 0)
);

-- One event for one subscription: its id is the webhook-id header, the same on every attempt, so a receiver can
-- drop a repeat. The payload is built when the event is queued and sent as is on every attempt.
create table webhook_delivery (
    id               uuid        primary key,
    subscription_id  uuid        not null references webhook_subscription (id) on delete cascade,
    change_event_id  bigint      not null,
    event_type       text        not null,
    payload          text        not null,
    status           text        not null default 'pending',
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz,
    -- while an instance is sending it: another instance may claim it again only after this (it died sending)
    claimed_until    timestamptz,
    last_status_code integer,
    last_error       text,
    created_at       timestamptz not null default now(),
    delivered_at     timestamptz,
    constraint webhook_delivery_status_known check (status in ('pending', 'delivered', 'failed')),
    constraint webhook_delivery_pending_scheduled check ((status = 'pending') = (next_attempt_at is not null)),
    constraint webhook_delivery_once unique (subscription_id, change_event_id)
);
-- what is due, oldest first
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where status = 'pending';
-- a subscription's delivery log, newest first
create index webhook_delivery_log_idx on webhook_delivery (subscription_id, created_at desc, id desc);

-- Every attempt, for the delivery log: when, what the receiver answered (or why nothing came back), how long.
create table webhook_attempt (
    id            bigint      generated always as identity primary key,
    delivery_id   uuid        not null references webhook_delivery (id) on delete cascade,
    attempted_at  timestamptz not null,
    status_code   integer,
    error         text,
    duration_ms   integer     not null
);
create index webhook_attempt_delivery_idx on webhook_attempt (delivery_id, attempted_at);
