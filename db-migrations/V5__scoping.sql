-- Team scoping (issue 3): what a person agreed to share, and who wrote each contact up.

-- Other teams see only a summary line of a contact (date, team, channel, key worker) unless the person has
-- agreed that the teams supporting them may read each other's notes.
alter table person add column consent_to_share_across_teams boolean not null default false;

-- The signed-in worker who recorded the contact; null for history loaded without a sign-in.
alter table interaction add column recorded_by_worker_id uuid references worker (id);
