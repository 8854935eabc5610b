-- A new contact's key says which contact it is, so that the fold adds that one contact to its day instead of
-- recounting every contact of the day (issue 15: a person seen many times in a day made each fold of that day cost
-- more than the last). A key without a contact (a correction, a deletion, an issue changed later) still has its
-- day recounted from the rows.
alter table presentation_day_pending add column interaction_id uuid;

-- A recount leaves out the contacts whose key is still waiting (they are added when it is claimed): found here.
create index presentation_day_pending_interaction_idx on presentation_day_pending (interaction_id)
    where interaction_id is not null;
