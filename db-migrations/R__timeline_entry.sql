-- A person's relationship history, newest first in TimelineQuery: one row per event of every kind. This view is
-- edited here, in place (Flyway reruns a repeatable migration whenever it changes); V1 and V9 hold its earlier
-- versions. Columns keep their names and order, as "create or replace view" requires.
--   kind         event                                  code                summary
--   interaction  contact status                         channel             summary
--   case         opened / closed                        closure reason      summary / closure note
--   handover     handed-over                            -                   reason
--   referral     sent / acknowledged / its answer       -                   reason / response note
--   offer        offered / its answer / withdrawn       offer type          description / reasons
--   moment       moment type                            observer            what happened
--   assessment   instrument code                        respondent          - (the score is read from the assessment)
create or replace view timeline_entry as
select i.person_id, i.occurred_at as at, 'interaction' as kind, i.contact_status as event,
       'interaction:' || i.id as entry_key, i.id as source_id, i.case_id, i.team_id,
       i.lead_worker_id as worker_id, i.channel as code, i.summary
from interaction i
union all
select c.person_id, c.opened_at, 'case', 'opened', 'case-opened:' || c.id, c.id, c.id, c.team_id,
       c.key_worker_id, null, c.summary
from support_case c
union all
select c.person_id, c.closed_at, 'case', 'closed', 'case-closed:' || c.id, c.id, c.id, c.team_id,
       c.key_worker_id, c.closure_reason, c.closure_note
from support_case c
where c.closed_at is not null
union all
select c.person_id, h.handed_over_at, 'handover', 'handed-over', 'handover:' || h.id, h.id, h.case_id, c.team_id,
       h.to_worker_id, null, h.reason
from handover h
join support_case c on c.id = h.case_id
union all
select r.person_id, r.sent_at, 'referral', 'sent', 'referral-sent:' || r.id, r.id, r.case_id, r.team_id,
       r.sent_by_worker_id, null, r.reason
from referral r
union all
select r.person_id, r.acknowledged_at, 'referral', 'acknowledged', 'referral-acknowledged:' || r.id, r.id,
       r.case_id, r.team_id, r.owner_worker_id, null, null
from referral r
where r.acknowledged_at is not null
union all
select r.person_id, r.responded_at, 'referral', r.status, 'referral-responded:' || r.id, r.id, r.case_id,
       r.team_id, r.owner_worker_id, null, r.response_note
from referral r
where r.responded_at is not null
union all
select o.person_id, o.offered_at, 'offer', 'offered', 'offer-made:' || o.id, o.id, o.case_id, o.team_id,
       o.offered_by_worker_id, o.offer_type, o.description
from offer o
union all
select o.person_id, o.responded_at, 'offer', o.response, 'offer-responded:' || o.id, o.id, o.case_id,
       o.team_id, o.offered_by_worker_id, o.offer_type, o.response_reason
from offer o
where o.responded_at is not null
union all
select o.person_id, o.withdrawn_at, 'offer', 'withdrawn', 'offer-withdrawn:' || o.id, o.id, o.case_id,
       o.team_id, o.offered_by_worker_id, o.offer_type, o.withdrawal_reason
from offer o
where o.withdrawn_at is not null
union all
select m.person_id, m.occurred_at, 'moment', m.type, 'moment:' || m.id, m.id, m.case_id, m.team_id,
       coalesce(m.recorded_by_worker_id, c.key_worker_id), m.observer, m.what_happened
from moment m
join support_case c on c.id = m.case_id
union all
select a.person_id, a.assessed_at, 'assessment', i.code, 'assessment:' || a.id, a.id, a.case_id, a.team_id,
       coalesce(a.recorded_by_worker_id, c.key_worker_id), a.respondent, null
from assessment a
join instrument i on i.id = a.instrument_id
join support_case c on c.id = a.case_id;
