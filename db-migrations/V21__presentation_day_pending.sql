-- Writes that scale (issue 15): writing a contact no longer updates any summary itself.
--
-- Until now each contact refreshed its person's presentation-days, and every change to those added its difference
-- to presentation_tally, where every presentation anywhere in the council updated the same all-teams row for
-- today (and its team's): writers queued behind one another, and two writers touching the same rows in different
-- orders deadlocked. A contact cost about 5 ms of database time, most of it in that upkeep.
--
-- Now a contact (and a closure) only appends the key of what it changed to presentation_day_pending, a row no
-- other transaction touches, so no writer waits on another. The summaries are brought up to date in batches by
-- casework_fold_presentations (R__02_presentation_days.sql): every second on each instance (TallyFolding), and by
-- each reader of the summaries before it reads, so that an answer counts every contact committed before it was
-- asked. One fold runs at a time (an advisory lock), and every change to presentation_day takes that lock first,
-- so the summaries change in one order only.
create table presentation_day_pending (
    id         bigint generated always as identity primary key,
    -- no foreign key: a key outlives its person's erasure by at most one fold, and finds nothing to refresh
    person_id  uuid not null,
    -- with local_date: that team's row of that day; both null: only the person's returns after closure
    team_id    uuid,
    local_date date,
    constraint presentation_day_pending_day check ((team_id is null) = (local_date is null))
);
-- A queue: every row is deleted within a second or so of its insert. Vacuumed after every thousand dead rows
-- rather than a fifth of a table that is almost always empty, so that claiming keys never wades through them.
alter table presentation_day_pending set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000);

-- The old upkeep, in the writer's transaction. The new triggers and their functions are R__02's.
drop trigger interaction_presentation_day on interaction;
drop trigger interaction_issue_presentation_day on interaction_issue;
drop trigger presentation_day_tally on presentation_day;
drop trigger support_case_return on support_case;
drop function casework_interaction_presentation_day();
drop function casework_interaction_issue_presentation_day();
drop function casework_refresh_presentation_day_of(uuid);
drop function casework_refresh_presentation_day_once(uuid, uuid, date);
drop function casework_refresh_presentation_day(uuid, uuid, date);
drop function casework_refresh_person_presentations(uuid);
drop function casework_refresh_case_returns(uuid);
drop function casework_case_return();
drop function casework_presentation_day_tally();
drop function casework_tally_add(presentation_day, integer);
