-- A team's quantitative targets as data (issue 5): a metric from the catalogue computed from the record
-- (org.casework.targets.TargetMetric), a comparator, a threshold and the period it is judged over.
create table team_target (
    id              uuid          primary key,
    team_id         uuid          not null references team (id),
    metric          text          not null,
    -- the N of "within N days" metrics; null for the others
    parameter_days  integer,
    comparator      text          not null,
    threshold       numeric(10,2) not null,
    period          text          not null,
    description     text,
    created_at      timestamptz   not null,
    version         bigint        not null default 0,
    constraint team_target_metric_known check (metric in
        ('cases-closed-within-days', 'days-to-first-contact', 'contacts-per-open-case-month',
         'referrals-acknowledged-within-days', 'offers-accepted')),
    constraint team_target_parameter_days_needed check (
        (metric in ('cases-closed-within-days', 'referrals-acknowledged-within-days')) = (parameter_days is not null)),
    constraint team_target_parameter_days_range check (parameter_days is null or parameter_days between 0 and 365),
    constraint team_target_comparator_known check (comparator in ('at-least', 'at-most')),
    constraint team_target_period_known check (period in ('month', 'quarter', 'year')),
    constraint team_target_threshold_range check (threshold >= 0 and (threshold <= 100 or metric not in
        ('cases-closed-within-days', 'referrals-acknowledged-within-days', 'offers-accepted')))
);
create index team_target_team_idx on team_target (team_id, created_at, id);

-- The scorecard's closure measures (closure speed, returns after closure, end-of-period bunching) read a team's
-- cases by when they closed.
create index if not exists support_case_team_closed_idx on support_case (team_id, closed_at) where closed_at is not null;
