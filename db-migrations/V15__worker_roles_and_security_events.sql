-- A worker's roles are a set: a team lead may also administer Casework. The roles on this record, not the
-- ones a token claims, decide what a caller may do; a token's roles can only narrow them.
create table worker_role (
    worker_id uuid not null references worker (id) on delete cascade,
    role      text not null,
    primary key (worker_id, role),
    constraint worker_role_known check (role in ('worker', 'team-lead', 'admin', 'integration'))
);

insert into worker_role (worker_id, role) select id, role from worker;

alter table worker drop constraint worker_role_known;
alter table worker drop column role;

-- Refused requests (401, 403, 404, 409, 412, 428, 429, 400 …): who asked for what and what they were told.
-- Never the body, never the query string's values (they may name a person), only the parameter names.
-- Like audit_event it is append-only; unlike it, it is written in a transaction of its own, because the
-- request's own transaction rolled back.
create table security_event (
    id           uuid        primary key,
    at           timestamptz not null,
    username     text,
    worker_id    uuid,
    method       text        not null,
    path         text        not null,
    query_names  text        not null default '',
    status       integer     not null,
    problem_type text,
    request_id   text        not null,
    client       text,
    constraint security_event_refused check (status between 400 and 499)
);

create index security_event_at_idx on security_event (at desc, id desc);
create index security_event_username_at_idx on security_event (lower(username), at desc);

create trigger security_event_no_update_or_delete
    before update or delete on security_event
    for each row execute function audit_event_append_only();

create trigger security_event_no_truncate
    before truncate on security_event
    for each statement execute function audit_event_append_only();

-- Admin actions (a worker, a team, a target, an instrument) are audited too; their records are nobody's
-- personal data, so person_id stays null, and detail says what changed (codes and ids, never free text).
alter table audit_event add column detail text;
