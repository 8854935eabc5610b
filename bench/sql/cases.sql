-- GET /api/cases?teamId=&status=&limit=: the list query of org.casework.common.NewestFirst for cases
-- (CaseRepository.page), scoped to the caller's teams, fetching limit + 1 rows. The needs and goals the
-- views carry are further queries that this file leaves out.
select c.* from support_case c
where c.team_id in (:teams) and c.team_id = :teamId and c.status = :status
order by c.opened_at desc, c.id desc
limit :limit;
