-- External identifiers (the trust issue): a catalogue of identifier systems, identifier values stored in their
-- system's normal form, and the teams linked to a person by registering an identifier the person already holds.

-- The identifier systems a person's external identifiers may belong to. How each system's values are normalised
-- and checked is named here and written once in Java (org.casework.identifiers.IdentifierRules); admins add
-- free-form systems (trimmed, any value).
create table identifier_system (
    code        text        primary key,
    label_en    text        not null,
    label_cy    text        not null,
    normaliser  text        not null,
    validator   text        not null,
    built_in    boolean     not null default false,
    created_at  timestamptz not null,
    -- codes are compared case-insensitively: they are stored lower-case
    constraint identifier_system_code_format check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(code) <= 50),
    constraint identifier_system_normaliser_known check (normaliser in ('trim', 'remove-spaces-and-hyphens',
                                                                        'upper-compact')),
    constraint identifier_system_validator_known check (validator in ('any', 'nhs-number'))
);

insert into identifier_system (code, label_en, label_cy, normaliser, validator, built_in, created_at) values
('nhs-number',          'NHS number',                'Rhif GIG',                    'remove-spaces-and-hyphens', 'nhs-number', true, now()),
('council-housing-ref', 'Council housing reference', 'Cyfeirnod tai''r cyngor',     'upper-compact',             'any',        true, now());

-- Systems already in use that the catalogue does not know stay usable, as free-form systems named by their code.
insert into identifier_system (code, label_en, label_cy, normaliser, validator, built_in, created_at)
select distinct system, system, system, 'trim', 'any', false, now()
from person_identifier
where system not in (select code from identifier_system);

alter table person_identifier
    add constraint person_identifier_system_known foreign key (system) references identifier_system (code);

-- Existing values in their system's normal form. This is the rule of IdentifierRules.Normaliser at the time of
-- this migration, for this one conversion (IdentifierMigrationTest holds it to the Java rule); the application
-- never calls it. Values that fail their system's check are kept as they are, only normalised. Where two people
-- hold what normalises to the same value, the one whose value is already normal (else the first recorded) gets
-- it and the others keep theirs unchanged: they are duplicate records, for a person to merge.
create function pg_temp.identifier_normalised(normaliser text, value text) returns text
language sql immutable strict as $$
    select case normaliser
        when 'trim' then regexp_replace(value,
            '^[ \t\n\r\f\u000b\u00a0\u2007\u202f]+|[ \t\n\r\f\u000b\u00a0\u2007\u202f]+$', '', 'g')
        when 'remove-spaces-and-hyphens' then regexp_replace(value, '[ \t\n\r\f\u000b\u00a0\u2007\u202f-]', '', 'g')
        when 'upper-compact' then translate(regexp_replace(value, '[ \t\n\r\f\u000b\u00a0\u2007\u202f]', '', 'g'),
            'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')
    end
$$;

with normalised as (
    select i.person_id, i.position, i.value as stored,
           pg_temp.identifier_normalised(s.normaliser, i.value) as value,
           row_number() over (partition by i.system, pg_temp.identifier_normalised(s.normaliser, i.value)
                              order by i.value = pg_temp.identifier_normalised(s.normaliser, i.value) desc,
                                       p.created_at, p.id) as claim
    from person_identifier i
    join identifier_system s on s.code = i.system
    join person p on p.id = i.person_id
)
update person_identifier i
set value = n.value
from normalised n
where i.person_id = n.person_id and i.position = n.position
  and n.claim = 1 and n.value <> n.stored and n.value <> '';

drop function pg_temp.identifier_normalised(text, text);

-- The teams a person is linked to: a team that registers a person with an identifier the person already holds
-- works with them from then on, and sees them as a team that holds a case for them does (PersonRepository's one
-- visibility rule). Who linked, when, and through which system; the audit log has the same event.
create table person_team_link (
    id                  uuid        primary key,
    person_id           uuid        not null references person (id) on delete cascade,
    team_id             uuid        not null references team (id),
    identifier_system   text        not null references identifier_system (code),
    -- null only when the system (start-up work) linked
    linked_by_worker_id uuid        references worker (id),
    linked_at           timestamptz not null,
    constraint person_team_link_once unique (person_id, team_id)
);
-- Visibility asks "is this person linked to one of these teams?" for one person and for lists of people.
create index person_team_link_team_idx on person_team_link (team_id, person_id);
