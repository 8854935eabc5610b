-- The workload (issue 11) reads one worker's contacts over a period and their weighty days over the last year. By
-- team alone that is a year of every colleague's contacts for each worker's My day (31 ms of 44 for the busiest
-- worker at the bench's scale); by lead worker it is their own (18 ms in all). One more entry per contact written.
create index interaction_lead_worker_idx on interaction (lead_worker_id, occurred_at);
