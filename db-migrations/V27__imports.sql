-- Bulk imports (issue 13): a file of people, cases or interactions posted once, loaded in the background by any
-- instance. The file's lines wait in import_line (unlogged: they are read once, then deleted; a database crash
-- loses an unfinished file, which its import then reports as failed, and posting it again is safe because lines
-- with the caller's references are skipped as already imported). Refused lines are reported in import_problem;
-- import_reference maps each caller's own references to the records they created, for idempotency and so that a
-- later line (a case, a contact) can name an earlier record by the caller's reference.
create table import_job (
    id            uuid        primary key,
    record_type   text        not null check (record_type in ('people', 'cases', 'interactions')),
    format        text        not null check (format in ('ndjson', 'csv')),
    status        text        not null check (status in ('queued', 'running', 'finished', 'failed')),
    username      text        not null,
    worker_id     uuid        not null references worker (id),
    roles         text[]      not null,
    request_id    text        not null,
    lines         integer     not null,
    processed     integer     not null default 0,
    last_line     integer     not null default 0,
    created       integer     not null default 0,
    unchanged     integer     not null default 0,
    refused       integer     not null default 0,
    received_at   timestamptz not null,
    started_at    timestamptz,
    finished_at   timestamptz,
    claim         uuid,
    claimed_until timestamptz,
    failure       text
);
create index import_job_worker_idx on import_job (worker_id, received_at desc, id desc);
create index import_job_waiting_idx on import_job (received_at) where status in ('queued', 'running');

create unlogged table import_line (
    import_id uuid    not null,
    line      integer not null,
    body      text    not null,
    primary key (import_id, line)
);

create table import_problem (
    import_id uuid    not null references import_job (id) on delete cascade,
    line      integer not null,
    reference text,
    status    integer not null,
    title     text    not null,
    detail    text    not null,
    errors    jsonb   not null,
    primary key (import_id, line)
);

create table import_reference (
    worker_id   uuid    not null references worker (id),
    record_type text    not null check (record_type in ('people', 'cases', 'interactions')),
    reference   text    not null,
    record_id   uuid    not null,
    import_id   uuid    not null,
    line        integer not null,
    primary key (worker_id, record_type, reference)
);
