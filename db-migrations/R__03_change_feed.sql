-- The change feed's triggers (the table and why it is read as it is: V24__change_feed.sql). Each table's changes are
-- written a statement at a time from its transition tables, so a set-based write (an erasure, an import) adds one
-- insert, not one per row. A trigger with transition tables has one event, so three triggers share each function;
-- each branch names only the transition tables its event has. Edited in place: Flyway re-runs this file whenever
-- it changes.

-- An update made by the erasure of the record's person, in this same transaction, is that person's erasure.
create or replace function casework_change_of_update(p_person uuid) returns text
    language sql stable as $$
    select case when exists (
        select 1 from change_event e
        where e.tx = pg_current_xact_id()::text::bigint and e.record_type = 'person' and e.record_id = p_person
          and e.change = 'erased') then 'erased' else 'updated' end
$$;

-- Records of one team: a case's contacts, moments, assessments and offers (and the case itself, by its own
-- function below).
create or replace function casework_team_record_changed() returns trigger
    language plpgsql as $$
declare
    kind text := tg_argv[0];
begin
    if tg_op = 'INSERT' then
        insert into change_event (record_type, record_id, change, person_id, case_id, team_id, version)
        select kind, n.id, 'created', n.person_id, n.case_id, n.team_id, n.version from new_rows n;
    elsif tg_op = 'UPDATE' then
        insert into change_event (record_type, record_id, change, person_id, case_id, team_id, version)
        select kind, n.id, casework_change_of_update(n.person_id), n.person_id, n.case_id, n.team_id, n.version
        from new_rows n;
    else
        insert into change_event (record_type, record_id, change, person_id, case_id, team_id, version)
        select kind, o.id, 'deleted', o.person_id, o.case_id, o.team_id, o.version from old_rows o;
    end if;
    return null;
end $$;

create or replace function casework_case_changed() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into change_event (record_type, record_id, change, person_id, case_id, team_id, version)
        select 'case', n.id, 'created', n.person_id, n.id, n.team_id, n.version from new_rows n;
    else
        insert into change_event (record_type, record_id, change, person_id, case_id, team_id, version)
        select 'case', n.id,
               case when o.status = 'open' and n.status = 'closed' then 'closed'
                    when o.key_worker_id <> n.key_worker_id then 'handed-over'
                    else casework_change_of_update(n.person_id) end,
               n.person_id, n.id, n.team_id, n.version
        from new_rows n join old_rows o on o.id = n.id;
    end if;
    return null;
end $$;

create or replace function casework_referral_changed() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into change_event (record_type, record_id, change, person_id, case_id, team_id, to_team_id, version)
        select 'referral', n.id, 'created', n.person_id, n.case_id, n.team_id, n.to_team_id, n.version
        from new_rows n;
    else
        insert into change_event (record_type, record_id, change, person_id, case_id, team_id, to_team_id, version)
        select 'referral', n.id, casework_change_of_update(n.person_id), n.person_id, n.case_id, n.team_id,
               n.to_team_id, n.version
        from new_rows n;
    end if;
    return null;
end $$;

create or replace function casework_person_changed() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into change_event (record_type, record_id, change, person_id, version)
        select 'person', n.id, 'created', n.id, n.version from new_rows n;
    else
        insert into change_event (record_type, record_id, change, person_id, version)
        select 'person', n.id,
               case when o.erased_at is null and n.erased_at is not null then 'erased' else 'updated' end,
               n.id, n.version
        from new_rows n join old_rows o on o.id = n.id;
    end if;
    return null;
end $$;

-- A team linked to a person (it registered them by an identifier they already held): the person, for that team.
create or replace function casework_person_linked() returns trigger
    language plpgsql as $$
begin
    insert into change_event (record_type, record_id, change, person_id, team_id, version)
    select 'person', n.person_id, 'linked', n.person_id, n.team_id, p.version
    from new_rows n join person p on p.id = n.person_id;
    return null;
end $$;

create or replace function casework_network_member_changed() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into change_event (record_type, record_id, change, person_id, version)
        select 'network-member', n.id, 'created', n.person_id, n.version from new_rows n;
    elsif tg_op = 'UPDATE' then
        insert into change_event (record_type, record_id, change, person_id, version)
        select 'network-member', n.id, casework_change_of_update(n.person_id), n.person_id, n.version
        from new_rows n;
    else
        -- an erasure deletes the person's network
        insert into change_event (record_type, record_id, change, person_id, version)
        select 'network-member', o.id,
               case when casework_change_of_update(o.person_id) = 'erased' then 'erased' else 'deleted' end,
               o.person_id, o.version
        from old_rows o;
    end if;
    return null;
end $$;

create or replace trigger person_change_inserted
    after insert on person referencing new table as new_rows
    for each statement execute function casework_person_changed();
create or replace trigger person_change_updated
    after update on person referencing old table as old_rows new table as new_rows
    for each statement execute function casework_person_changed();

create or replace trigger person_team_link_change_inserted
    after insert on person_team_link referencing new table as new_rows
    for each statement execute function casework_person_linked();

create or replace trigger network_member_change_inserted
    after insert on network_member referencing new table as new_rows
    for each statement execute function casework_network_member_changed();
create or replace trigger network_member_change_updated
    after update on network_member referencing old table as old_rows new table as new_rows
    for each statement execute function casework_network_member_changed();
create or replace trigger network_member_change_deleted
    after delete on network_member referencing old table as old_rows
    for each statement execute function casework_network_member_changed();

create or replace trigger support_case_change_inserted
    after insert on support_case referencing new table as new_rows
    for each statement execute function casework_case_changed();
create or replace trigger support_case_change_updated
    after update on support_case referencing old table as old_rows new table as new_rows
    for each statement execute function casework_case_changed();

create or replace trigger referral_change_inserted
    after insert on referral referencing new table as new_rows
    for each statement execute function casework_referral_changed();
create or replace trigger referral_change_updated
    after update on referral referencing old table as old_rows new table as new_rows
    for each statement execute function casework_referral_changed();

create or replace trigger interaction_change_inserted
    after insert on interaction referencing new table as new_rows
    for each statement execute function casework_team_record_changed('interaction');
create or replace trigger interaction_change_updated
    after update on interaction referencing old table as old_rows new table as new_rows
    for each statement execute function casework_team_record_changed('interaction');
create or replace trigger interaction_change_deleted
    after delete on interaction referencing old table as old_rows
    for each statement execute function casework_team_record_changed('interaction');

create or replace trigger offer_change_inserted
    after insert on offer referencing new table as new_rows
    for each statement execute function casework_team_record_changed('offer');
create or replace trigger offer_change_updated
    after update on offer referencing old table as old_rows new table as new_rows
    for each statement execute function casework_team_record_changed('offer');

create or replace trigger moment_change_inserted
    after insert on moment referencing new table as new_rows
    for each statement execute function casework_team_record_changed('moment');
create or replace trigger moment_change_updated
    after update on moment referencing old table as old_rows new table as new_rows
    for each statement execute function casework_team_record_changed('moment');
create or replace trigger moment_change_deleted
    after delete on moment referencing old table as old_rows
    for each statement execute function casework_team_record_changed('moment');

create or replace trigger assessment_change_inserted
    after insert on assessment referencing new table as new_rows
    for each statement execute function casework_team_record_changed('assessment');
create or replace trigger assessment_change_updated
    after update on assessment referencing old table as old_rows new table as new_rows
    for each statement execute function casework_team_record_changed('assessment');
