-- GET /api/people/{id}/timeline, first page: the query of org.casework.timeline.TimelineQuery for a person who
-- has not agreed to share across teams (notes only from the caller's teams, :notesFrom), fetching limit + 1 rows.
select t.at, t.kind, t.event, t.source_id, t.case_id, t.team_id,
       case when t.team_id in (:notesFrom) then t.worker_id else c.key_worker_id end,
       case when t.team_id in (:notesFrom) or t.kind = 'interaction' then t.code end,
       case when t.team_id in (:notesFrom) then t.summary end,
       not (t.team_id in (:notesFrom)),
       t.entry_key
from timeline_entry t
join support_case c on c.id = t.case_id
where t.person_id = :personId
order by t.at desc, t.entry_key collate "C" desc
limit :limit;
