-- The change feed (issue 13): one row for every create, update, closure, handover, erasure, link and deletion of
-- a person's record or anything that hangs off it, written by triggers (R__03_change_feed.sql) in the transaction
-- that made the change, so a change is never committed without its row, nor a row without its change. Ids and
-- types only, never the data: the reader fetches the record with its own token.
--
-- Commit order, safely: a row carries the id of the transaction that wrote it (tx), and the feed is read in
-- (tx, id) order, only up to the oldest transaction still running anywhere on the server (the snapshot's xmin).
-- Every transaction below that line has finished, and no new one can get an id below it, so the rows a reader
-- sees up to there never change afterwards: a cursor (tx, id) never skips a change committing late, nor repeats
-- one. The price is that a long-running transaction holds the feed back until it ends.
create table change_event (
    id          bigint      generated always as identity primary key,
    -- pg_current_xact_id() as a number: 64 bits, epoch included, so it never wraps
    tx          bigint      not null default (pg_current_xact_id()::text::bigint),
    record_type text        not null,
    record_id   uuid        not null,
    change      text        not null,
    -- whose record; no foreign key: erasure keeps the person row, and the feed must outlive a deleted record
    person_id   uuid        not null,
    -- the case a record belongs to (the case itself for a case), which the path to read it needs; null for the
    -- person's own record and their network
    case_id     uuid,
    -- the team whose record it is; null for the person's own record and what hangs off it (their network), which
    -- every team that sees the person sees
    team_id     uuid,
    -- a second team that sees the record: a referral's receiving team
    to_team_id  uuid,
    version     bigint,
    changed_at  timestamptz not null default now(),
    constraint change_event_type_known check (record_type in
        ('person', 'network-member', 'case', 'interaction', 'referral', 'offer', 'moment', 'assessment')),
    constraint change_event_change_known check (change in
        ('created', 'updated', 'closed', 'handed-over', 'linked', 'erased', 'deleted'))
);
create index change_event_order_idx on change_event (tx, id);
