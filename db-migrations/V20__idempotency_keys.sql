-- Safe retries (issue 13): a POST sent with an Idempotency-Key is done once per caller and key. The first answer
-- is kept here, written in the same transaction as the change it reports, so a retry gets it again (status,
-- Location, ETag, body) instead of making a second contact; the same key with another request is refused.
-- Rows older than casework.idempotency.keep (24 hours by default) are ignored and cleared as new ones come.
create table idempotency_key (
    caller       text        not null,
    key          text        not null,
    fingerprint  text        not null,
    status       integer     not null,
    location     text,
    etag         text,
    body         bytea,
    created_at   timestamptz not null,
    primary key (caller, key)
);
create index idempotency_key_created_idx on idempotency_key (created_at);
