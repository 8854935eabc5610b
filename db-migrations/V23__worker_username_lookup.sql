-- Every request looks its caller up by username, case-insensitively (security.CallerIdentity), as do the workers'
-- username checks: without an index on lower(username) each lookup read every worker (0.3 ms of the database's
-- time per request with 600 workers, issue 15). Not unique: uniqueness ignoring case is the service's rule, and a
-- migration must not fail on a database that holds names differing only in case from before it.
create index worker_username_lower_idx on worker (lower(username));
