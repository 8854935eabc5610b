-- Soft outcomes, part 1: instruments (validated scales, as data, versioned) and assessments made with them.
--
-- An instrument is a code; what it asks and how it scores lives in its versions, which never change once
-- written. Defining it again makes a new version and the old one stays, so an assessment keeps the items,
-- bands and score it was made with. Exactly one version of each instrument is current.

create table instrument (
    id          uuid        primary key,
    code        text        not null,
    built_in    boolean     not null default false,
    created_at  timestamptz not null,
    constraint instrument_code_unique unique (code),
    constraint instrument_code_format check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(code) <= 50)
);

create table instrument_version (
    id                 uuid          primary key,
    instrument_id      uuid          not null references instrument (id),
    version            integer       not null,
    name               text          not null,
    description        text,
    licence            text,
    -- sum, mean or lookup (raw sum -> published score) make one total; per-item reports each item on its own
    scoring_rule       text          not null,
    -- which way the total runs; null when there is no total (per-item)
    score_direction    text,
    -- the range the total can take, derived from the items (and the lookup table): null for per-item
    score_min          numeric(10,2),
    score_max          numeric(10,2),
    -- the smallest change in the total (per item, for per-item instruments) that counts as meaningful
    meaningful_change  numeric(10,2) not null,
    is_current         boolean       not null,
    created_at         timestamptz   not null,
    constraint instrument_version_number unique (instrument_id, version),
    constraint instrument_version_identity unique (id, instrument_id),
    constraint instrument_version_positive check (version >= 1),
    constraint instrument_version_rule_known check (scoring_rule in ('sum', 'mean', 'lookup', 'per-item')),
    constraint instrument_version_direction_known check
        (score_direction in ('higher-is-better', 'lower-is-better')),
    constraint instrument_version_total_consistent check (
        (scoring_rule = 'per-item' and score_direction is null and score_min is null and score_max is null)
        or (scoring_rule <> 'per-item' and score_direction is not null and score_min < score_max)),
    constraint instrument_version_change_positive check (meaningful_change > 0)
);
create unique index instrument_version_one_current on instrument_version (instrument_id) where is_current;

create table instrument_item (
    instrument_version_id uuid    not null references instrument_version (id),
    position              integer not null,
    code                  text    not null,
    text                  text    not null,
    scale_min             integer not null,
    scale_max             integer not null,
    direction             text    not null,
    primary key (instrument_version_id, code),
    constraint instrument_item_position unique (instrument_version_id, position),
    constraint instrument_item_code_format check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(code) <= 50),
    constraint instrument_item_scale check (scale_min < scale_max),
    constraint instrument_item_direction_known check (direction in ('higher-is-better', 'lower-is-better'))
);

-- Named ranges of a score, inclusive at both ends: of the total when item_code is null, else of that item.
create table instrument_band (
    instrument_version_id uuid          not null references instrument_version (id),
    position              integer       not null,
    item_code             text,
    code                  text          not null,
    label                 text          not null,
    min_score             numeric(10,2) not null,
    max_score             numeric(10,2) not null,
    primary key (instrument_version_id, position),
    foreign key (instrument_version_id, item_code) references instrument_item (instrument_version_id, code),
    constraint instrument_band_range check (min_score <= max_score)
);
create unique index instrument_band_code on instrument_band (instrument_version_id, coalesce(item_code, ''), code);

-- The published conversion of a raw total (the sum of the items) into the instrument's score.
create table instrument_lookup (
    instrument_version_id uuid          not null references instrument_version (id),
    raw_total             integer       not null,
    score                 numeric(10,2) not null,
    primary key (instrument_version_id, raw_total)
);

-- Assessments ------------------------------------------------------------------------------------------
create table assessment (
    id                    uuid          primary key,
    case_id               uuid          not null,
    -- copied from the case, so a person's series and a team's reports need no join
    person_id             uuid          not null,
    team_id               uuid          not null,
    -- the instrument as well as the version, so a person's series spans versions without a join
    instrument_id         uuid          not null,
    instrument_version_id uuid          not null,
    assessed_at           timestamptz   not null,
    respondent            text          not null,
    recorded_by_worker_id uuid          references worker (id),
    -- the plain sum of the answers (reverse-scored where an item runs against the total); null if any declined
    raw_total             integer,
    -- the total by the version's rule; null when an item was declined or the instrument has no total
    score                 numeric(10,2),
    band                  text,
    created_at            timestamptz   not null,
    version               bigint        not null default 0,
    constraint assessment_respondent_known check (respondent in ('self', 'worker', 'joint')),
    constraint assessment_band_needs_score check (band is null or score is not null),
    foreign key (case_id, person_id, team_id) references support_case (id, person_id, team_id),
    foreign key (instrument_version_id, instrument_id) references instrument_version (id, instrument_id)
);
create index assessment_case_idx on assessment (case_id, assessed_at desc, id desc);
-- distance travelled (first and latest per person and instrument) and self/worker disagreement
create index assessment_person_instrument_idx on assessment (person_id, instrument_id, assessed_at, id);
create index assessment_team_idx on assessment (team_id, assessed_at);

-- One row per item of the version: answered (value, and its band where the item has bands) or declined.
create table assessment_answer (
    assessment_id uuid    not null references assessment (id) on delete cascade,
    position      integer not null,
    item_code     text    not null,
    value         integer,
    declined      boolean not null default false,
    band          text,
    primary key (assessment_id, position),
    constraint assessment_answer_item_once unique (assessment_id, item_code),
    constraint assessment_answer_value_xor_declined check ((value is not null) <> declined),
    constraint assessment_answer_band_needs_value check (band is null or value is not null)
);

-- Built-in instruments -----------------------------------------------------------------------------------
insert into instrument (id, code, built_in, created_at) values
    ('5e0c0000-0000-4000-8000-000000000001', 'swemwbs', true, '2026-01-01T00:00:00Z'),
    ('5e0c0000-0000-4000-8000-000000000002', 'ons4', true, '2026-01-01T00:00:00Z'),
    ('5e0c0000-0000-4000-8000-000000000003', 'wellbeing-domains', true, '2026-01-01T00:00:00Z');

insert into instrument_version (id, instrument_id, version, name, description, licence, scoring_rule,
        score_direction, score_min, score_max, meaningful_change, is_current, created_at) values
    ('5e0c0001-0000-4000-8000-000000000001', '5e0c0000-0000-4000-8000-000000000001', 1,
     'Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS)',
     'Seven positively worded statements about the last two weeks, each from none of the time (1) to all of the '
         || 'time (5). The raw total (7-35) is converted to the metric score with the published Rasch table; '
         || 'higher is better. An assessment with any item declined has no score.',
     'Free to use; the using organisation registers with Warwick Medical School. The item wording belongs to its '
         || 'authors (NHS Health Scotland, University of Warwick and University of Edinburgh).',
     'lookup', 'higher-is-better', 7.00, 35.00, 3.00, true, '2026-01-01T00:00:00Z'),
    ('5e0c0001-0000-4000-8000-000000000002', '5e0c0000-0000-4000-8000-000000000002', 1,
     'ONS4 personal wellbeing',
     'Four questions, each 0-10, reported one by one with the ONS bands and never summed. Anxiety runs the other '
         || 'way: lower is better. The meaningful change of 2 points per question is a local choice.',
     'Office for National Statistics; Open Government Licence.',
     'per-item', null, null, null, 2.00, true, '2026-01-01T00:00:00Z'),
    ('5e0c0001-0000-4000-8000-000000000003', '5e0c0000-0000-4000-8000-000000000003', 1,
     'Well-being domains',
     'How things are in each of the eight domains of well-being of section 2 of the Social Services and '
         || 'Well-being (Wales) Act 2014, rated 1-10 with the person; higher is better. The score is the mean '
         || 'of the eight ratings. Stages are Casework''s own.',
     'Casework''s own instrument; free to use.',
     'mean', 'higher-is-better', 1.00, 10.00, 1.00, true, '2026-01-01T00:00:00Z');

insert into instrument_item (instrument_version_id, position, code, text, scale_min, scale_max, direction) values
    ('5e0c0001-0000-4000-8000-000000000001', 0, 'optimistic', 'Feeling optimistic about the future', 1, 5, 'higher-is-better'),
    ('5e0c0001-0000-4000-8000-000000000001', 1, 'useful', 'Feeling useful', 1, 5, 'higher-is-better'),
    ('5e0c0001-0000-4000-8000-000000000001', 2, 'relaxed', 'Feeling relaxed', 1, 5, 'higher-is-better'),
    ('5e0c0001-0000-4000-8000-000000000001', 3, 'dealing-with-problems', 'Dealing with problems well', 1, 5, 'higher-is-better'),
    ('5e0c0001-0000-4000-8000-000000000001', 4, 'thinking-clearly', 'Thinking clearly', 1, 5, 'higher-is-better'),
    ('5e0c0001-0000-4000-8000-000000000001', 5, 'close-to-others', 'Feeling close to other people', 1, 5, 'higher-is-better'),
    ('5e0c0001-0000-4000-8000-000000000001', 6, 'own-mind', 'Able to make up my own mind about things', 1, 5, 'higher-is-better'),
    ('5e0c0001-0000-4000-8000-000000000002', 0, 'life-satisfaction', 'Overall, how satisfied are you with your life nowadays?', 0, 10, 'higher-is-better'),
    ('5e0c0001-0000-4000-8000-000000000002', 1, 'worthwhile', 'Overall, to what extent do you feel that the things you do in your life are worthwhile?', 0, 10, 'higher-is-better'),
    ('5e0c0001-0000-4000-8000-000000000002', 2, 'happiness', 'Overall, how happy did you feel yesterday?', 0, 10, 'higher-is-better'),
    ('5e0c0001-0000-4000-8000-000000000002', 3, 'anxiety', 'On a scale where 0 is "not at all anxious" and 10 is "completely anxious", overall, how anxious did you feel yesterday?', 0, 10, 'lower-is-better'),
    ('5e0c0001-0000-4000-8000-000000000003', 0, 'health', 'Physical and mental health and emotional well-being', 1, 10, 'higher-is-better'),
    ('5e0c0001-0000-4000-8000-000000000003', 1, 'safety', 'Protection from abuse and neglect', 1, 10, 'higher-is-better'),
    ('5e0c0001-0000-4000-8000-000000000003', 2, 'learning', 'Education, training and recreation', 1, 10, 'higher-is-better'),
    ('5e0c0001-0000-4000-8000-000000000003', 3, 'relationships', 'Domestic, family and personal relationships', 1, 10, 'higher-is-better'),
    ('5e0c0001-0000-4000-8000-000000000003', 4, 'contribution', 'Contribution made to society', 1, 10, 'higher-is-better'),
    ('5e0c0001-0000-4000-8000-000000000003', 5, 'rights', 'Securing rights and entitlements', 1, 10, 'higher-is-better'),
    ('5e0c0001-0000-4000-8000-000000000003', 6, 'social-economic', 'Social and economic well-being', 1, 10, 'higher-is-better'),
    ('5e0c0001-0000-4000-8000-000000000003', 7, 'home', 'Suitability of living accommodation', 1, 10, 'higher-is-better');

-- SWEMWBS raw total -> metric score (published Rasch conversion).
insert into instrument_lookup (instrument_version_id, raw_total, score)
select '5e0c0001-0000-4000-8000-000000000001'::uuid, raw, metric from (values
    (7, 7.00), (8, 9.51), (9, 11.25), (10, 12.40), (11, 13.33), (12, 14.08), (13, 14.75), (14, 15.32),
    (15, 15.84), (16, 16.36), (17, 16.88), (18, 17.43), (19, 17.98), (20, 18.59), (21, 19.25), (22, 19.98),
    (23, 20.73), (24, 21.54), (25, 22.35), (26, 23.21), (27, 24.11), (28, 25.03), (29, 26.02), (30, 27.03),
    (31, 28.13), (32, 29.31), (33, 30.70), (34, 32.55), (35, 35.00)) as conversion (raw, metric);

-- ONS bands per question; anxiety's run the other way.
insert into instrument_band (instrument_version_id, position, item_code, code, label, min_score, max_score)
select '5e0c0001-0000-4000-8000-000000000002'::uuid, (item.position * 4 + band.position), item.code, band.code,
       band.label, band.min_score, band.max_score
from (values (0, 'life-satisfaction'), (1, 'worthwhile'), (2, 'happiness')) as item (position, code)
cross join (values (0, 'low', 'Low', 0, 4), (1, 'medium', 'Medium', 5, 6), (2, 'high', 'High', 7, 8),
                   (3, 'very-high', 'Very high', 9, 10)) as band (position, code, label, min_score, max_score)
union all
select '5e0c0001-0000-4000-8000-000000000002'::uuid, 12 + band.position, 'anxiety', band.code, band.label,
       band.min_score, band.max_score
from (values (0, 'very-low', 'Very low', 0, 1), (1, 'low', 'Low', 2, 3), (2, 'medium', 'Medium', 4, 5),
             (3, 'high', 'High', 6, 10)) as band (position, code, label, min_score, max_score);

-- Well-being domains: Casework's own stages, for each domain and for the mean of the eight.
insert into instrument_band (instrument_version_id, position, item_code, code, label, min_score, max_score)
select '5e0c0001-0000-4000-8000-000000000003'::uuid, band.position, null, band.code, band.label, band.min_score,
       band.max_score
from (values (0, 'hard-going', 'Hard going: support is needed now', 1.00, 3.99),
             (1, 'finding-a-way', 'Finding a way: some things are working', 4.00, 6.99),
             (2, 'mostly-managing', 'Mostly managing, with a little help', 7.00, 8.99),
             (3, 'going-well', 'Going well, as the person wants it', 9.00, 10.00))
     as band (position, code, label, min_score, max_score)
union all
select '5e0c0001-0000-4000-8000-000000000003'::uuid, 4 + item.position * 4 + band.position, item.code, band.code,
       band.label, band.min_score, band.max_score
from (values (0, 'health'), (1, 'safety'), (2, 'learning'), (3, 'relationships'), (4, 'contribution'),
             (5, 'rights'), (6, 'social-economic'), (7, 'home')) as item (position, code)
cross join (values (0, 'hard-going', 'Hard going: support is needed now', 1, 3),
                   (1, 'finding-a-way', 'Finding a way: some things are working', 4, 6),
                   (2, 'mostly-managing', 'Mostly managing, with a little help', 7, 8),
                   (3, 'going-well', 'Going well, as the person wants it', 9, 10))
     as band (position, code, label, min_score, max_score);
