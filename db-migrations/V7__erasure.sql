-- Erasure of a person's record (right to erasure). The person row, their cases, interactions, referrals and
-- offers stay, stripped of names and free text, so de-identified counts (dashboards, continuity, caseloads)
-- do not change; erased_at marks the record so a second erasure is refused and exports say so.
alter table person add column erased_at timestamptz;
-- Why the record was erased, e.g. "Erasure request ER-2026-014 approved by the DPO". It outlives the personal
-- data, so it must never contain any: no names, addresses, dates of birth or circumstances.
alter table person add column erasure_reason text;
alter table person add constraint person_erasure_consistent check ((erased_at is null) = (erasure_reason is null));
comment on column person.erasure_reason is
    'Why the record was erased (a request reference, a legal basis); never personal data';
