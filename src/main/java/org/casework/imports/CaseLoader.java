package org.casework.imports;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

import org.casework.audit.AuditService;
import org.casework.cases.CaseRequests.NewCase;
import org.casework.cases.CaseService;
import org.casework.cases.CaseViews.CaseView;
import org.casework.cases.SupportCase;
import org.casework.common.CaseworkConfig;
import org.casework.common.TimeConfig;
import org.casework.people.PersonRepository;
import org.casework.reference.Vocabulary;
import org.casework.security.Caller;

/**
 * Loads cases a chunk at a time ({@link ChunkLoader}). The statement checks what {@code POST /api/cases} checks
 * against the database: the team is one of the caller's, the person one the caller's teams see and not erased, the
 * key worker an active member of the team, each need's and goal's domain an active code, and the person has no open
 * case in the team (nor an earlier line of the chunk one); and inserts the cases that pass, their needs and goals
 * and the caller's references.
 */
@Singleton // no client proxy: its superclass has no constructor without arguments
public class CaseLoader extends ChunkLoader<NewCase> {

    private static final String STAGE = """
            create temporary table staged_case (
                line                integer     not null,
                id                  uuid        not null,
                reference           text,
                person_id           uuid        not null,
                team_id             uuid        not null,
                key_worker_id       uuid        not null,
                opened_at           timestamptz not null,
                summary             text,
                need_domains        text[]      not null,
                need_descriptions   text[]      not null,
                goal_words          text[]      not null,
                goal_achieved       boolean[]   not null,
                goal_domains        text[]      not null
            ) on commit drop""";

    private static final String COPY = """
            copy staged_case (line, id, reference, person_id, team_id, key_worker_id, opened_at, summary, need_domains,
                              need_descriptions, goal_words, goal_achieved, goal_domains) from stdin""";

    /** Who the caller's teams see, as {@link PersonRepository} decides it, for a team list bound once. */
    private static final String VISIBLE = PersonRepository.VISIBLE_IN_SCOPE
            .replace("cast(:teams as uuid[])", "scope.teams");

    private static final String STORE = """
            with scope as (select cast(? as uuid[]) as teams),
            known as (
                select s.line from staged_case s
                cross join lateral (
                    select from import_reference r
                    where r.worker_id = ? and r.record_type = 'cases' and r.reference = s.reference
                    limit 1) r),
            checked as (
                select s.* from staged_case s
                join person p on p.id = s.person_id
                cross join scope
                where s.line not in (select line from known)
                  and s.team_id = any(scope.teams)
                  and exists (select 1 from team t where t.id = s.team_id)
                  and %s
                  and p.erased_at is null
                  and exists (select 1 from worker w join worker_team t on t.worker_id = w.id
                              where w.id = s.key_worker_id and w.active and t.team_id = s.team_id)
                  and cardinality(s.need_domains) = (
                      select count(*) from unnest(s.need_domains) d
                      join reference_code rc on rc.vocabulary = ? and rc.code = d and rc.active)
                  and cardinality(array_remove(s.goal_domains, null)) = (
                      select count(*) from unnest(s.goal_domains) d
                      join reference_code rc on rc.vocabulary = ? and rc.code = d and rc.active)
                  and not exists (select 1 from support_case c
                                  where c.person_id = s.person_id and c.team_id = s.team_id and c.status = 'open')),
            by_reference as (
                select distinct on (coalesce(reference, cast(id as text))) *
                from checked order by coalesce(reference, cast(id as text)), line),
            firsts as (
                select distinct on (person_id, team_id) *
                from by_reference order by person_id, team_id, line),
            opened as (
                insert into support_case (id, person_id, team_id, key_worker_id, status, summary, opened_at, created_at,
                                          version)
                select id, person_id, team_id, key_worker_id, 'open', summary, opened_at, ?, 0 from firsts),
            needs as (
                insert into case_need (case_id, position, domain, description)
                select f.id, n.position - 1, n.domain, n.description
                from firsts f cross join unnest(f.need_domains, f.need_descriptions)
                    with ordinality n (domain, description, position)),
            goals as (
                insert into case_goal (case_id, position, in_their_words, achieved, domain)
                select f.id, g.position - 1, g.words, g.achieved, g.domain
                from firsts f cross join unnest(f.goal_words, f.goal_achieved, f.goal_domains)
                    with ordinality g (words, achieved, domain, position)),
            refs as (
                insert into import_reference (worker_id, record_type, reference, record_id, import_id, line)
                select ?, 'cases', f.reference, f.id, ?, f.line from firsts f where f.reference is not null)
            select s.line, s.person_id, f.id, f.person_id,
                   k.line is not null or (c.line is not null and b.line is null) as unchanged,
                   b.line is not null and f.line is null as repeated
            from staged_case s
            left join firsts f on f.line = s.line
            left join known k on k.line = s.line
            left join checked c on c.line = s.line
            left join by_reference b on b.line = s.line""".formatted(VISIBLE);

    private final CaseService cases;
    private final Caller caller;
    private final Clock clock;

    public CaseLoader(ImportRepository imports, ImportLines lines, CaseService cases, AuditService audit,
            EntityManager entityManager, CaseworkConfig config, Caller caller, Clock clock) {
        super(RecordType.CASES, NewCase.class, STAGE, COPY, imports, lines, audit, entityManager, config);
        this.cases = cases;
        this.caller = caller;
        this.clock = clock;
    }

    @Override
    UUID callerDefault() {
        return null;
    }

    @Override
    Staged<NewCase> stage(ImportLines.Read<NewCase> read, UUID unused) {
        return new Staged<>(read, UUID.randomUUID(), read.request().personId(), null, null);
    }

    @Override
    void copyRow(Staged<NewCase> line, StringBuilder rows) {
        NewCase request = line.read().request();
        SupportCase details = new SupportCase();
        CaseService.applyDetails(details, request.summary(), request.needs(), request.goals());
        OffsetDateTime openedAt = request.openedAt() == null ? TimeConfig.now(clock)
                : TimeConfig.stored(request.openedAt());
        text(rows, line.read().line());
        text(rows, line.id());
        text(rows, line.read().reference());
        text(rows, request.personId());
        text(rows, request.teamId());
        text(rows, request.keyWorkerId());
        text(rows, openedAt);
        text(rows, details.summary);
        text(rows, array(details.needs.stream().map(n -> n.domain).toList()));
        text(rows, array(details.needs.stream().map(n -> n.description).toList()));
        text(rows, array(details.goals.stream().map(g -> g.inTheirWords).toList()));
        text(rows, array(details.goals.stream().map(g -> g.achieved).toList()));
        last(rows, array(details.goals.stream().map(g -> g.domain).toList()));
    }

    @Override
    Map<Integer, Stored> store(ImportRepository.Job job) {
        UUID[] teams = caller.writeScope().named().toArray(UUID[]::new);
        return stored(STORE, (connection, query) -> {
            int i = 0;
            query.setArray(++i, connection.createArrayOf("uuid", teams));
            query.setObject(++i, job.workerId());
            query.setString(++i, Vocabulary.NEED_DOMAIN.code());
            query.setString(++i, Vocabulary.WELLBEING_DOMAIN.code());
            query.setObject(++i, TimeConfig.now(clock));
            query.setObject(++i, job.workerId());
            query.setObject(++i, job.id());
        });
    }

    @Override
    void check(Staged<NewCase> line, Stored stored) {
        if (stored.repeated()) {
            throw CaseService.alreadyOpen();
        }
        cases.check(line.read().request());
    }

    @Override
    String auditType() {
        return CaseView.AUDIT_TYPE;
    }
}
