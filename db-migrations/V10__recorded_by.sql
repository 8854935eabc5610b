-- Who wrote a referral or an offer into Casework: the signed-in worker, never taken from the request
-- (sentByWorkerId / offeredByWorkerId name who it is from, which a colleague or a council system may record).
-- Null for history loaded without a sign-in.
alter table referral add column recorded_by_worker_id uuid references worker (id);
alter table offer add column recorded_by_worker_id uuid references worker (id);
