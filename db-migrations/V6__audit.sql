-- The audit log: who read or changed whose personal data, when, and why. It holds identifiers only, never the
-- personal data itself, and it is append-only: the database refuses UPDATE, DELETE and TRUNCATE on it.
-- worker_id and person_id carry no foreign key on purpose: the log outlives workers and erased people.

create table audit_event (
    id            uuid        primary key,
    at            timestamptz not null,
    username      text        not null,
    worker_id     uuid,
    roles         text        not null,
    action        text        not null,
    resource_type text        not null,
    resource_id   uuid,
    person_id     uuid,
    request_id    text        not null,
    purpose       text,
    break_glass   boolean     not null default false,
    constraint audit_event_action_known check (action in ('read', 'create', 'update', 'delete', 'export', 'erase')),
    constraint audit_event_break_glass_has_purpose check (not break_glass or purpose is not null)
);

-- A person's access log, newest first; the admin's list, newest first; one worker's activity.
create index audit_event_person_at_idx on audit_event (person_id, at desc, id desc);
create index audit_event_at_idx on audit_event (at desc, id desc);
create index audit_event_worker_at_idx on audit_event (worker_id, at desc);

create function audit_event_append_only() returns trigger
language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_append_only();
