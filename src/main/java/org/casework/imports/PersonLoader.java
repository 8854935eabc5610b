package org.casework.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.casework.audit.AuditAction;
import org.casework.audit.AuditService;
import org.casework.common.CaseworkConfig;
import org.casework.common.Coded;
import org.casework.common.PlainSql;
import org.casework.common.ProblemException;
import org.casework.people.Person;
import org.casework.people.PersonRequest;
import org.casework.people.PersonService;
import org.casework.people.PersonView;
import org.casework.people.Registration;
import org.casework.security.Caller;

/**
 * Loads people. A line that is plainly a new person (their team one of the caller's, none of their identifiers held
 * by anyone, nor by an earlier line of the chunk) is stored set-based with the others like it: built as a
 * registration builds it ({@link PersonService#unsaved}), copied by COPY into a temporary table and inserted with
 * its contact methods, strengths, identifiers and reference in one statement. Any other line goes through
 * {@link PersonService#create} itself, in a transaction of its own: registration's identifier rules (linking the
 * team to a person another team knows, refusing an identifier a person the caller sees holds) are intricate
 * enough that a second copy of them would be a second home for each. So that a line never waits on one after it,
 * a chunk ends before the first line the service must decide, which then goes alone.
 */
@ApplicationScoped
public class PersonLoader {

    private static final String STAGE = """
            create temporary table staged_person (
                line                  integer not null,
                id                    uuid    not null,
                reference             text,
                registered_by_team_id uuid    not null,
                preferred_name        text    not null,
                full_name             text    not null,
                date_of_birth         date,
                pronouns              text,
                preferred_language    text    not null,
                contact_phone         text,
                contact_email         text,
                contact_address       text,
                contact_notes         text,
                what_matters_to_me    text,
                communication_needs   text,
                access_needs          text,
                safety_notes          text,
                consent               boolean not null,
                methods               text[]  not null,
                strengths             text[]  not null,
                id_systems            text[]  not null,
                id_values             text[]  not null,
                created_at            timestamptz not null,
                updated_at            timestamptz not null
            ) on commit drop""";

    private static final String COPY = """
            copy staged_person (line, id, reference, registered_by_team_id, preferred_name, full_name, date_of_birth,
                                pronouns, preferred_language, contact_phone, contact_email, contact_address,
                                contact_notes, what_matters_to_me, communication_needs, access_needs, safety_notes,
                                consent, methods, strengths, id_systems, id_values, created_at, updated_at)
            from stdin""";

    /** Each staged line: known (its reference was imported), new (plainly a new person), first of its reference. */
    private static final String CLASSIFY = """
            with known as (
                select s.line from staged_person s
                cross join lateral (
                    select from import_reference r
                    where r.worker_id = ? and r.record_type = 'people' and r.reference = s.reference
                    limit 1) r),
            pairs as (
                select s.line, u.system, u.value
                from staged_person s cross join unnest(s.id_systems, s.id_values) u (system, value)),
            plainly_new as (
                select s.* from staged_person s
                where s.line not in (select line from known)
                  and s.registered_by_team_id = any(cast(? as uuid[]))
                  and exists (select 1 from team t where t.id = s.registered_by_team_id)
                  and not exists (select 1 from pairs p join person_identifier i on i.system = p.system
                                                                                and i.value = p.value
                                  where p.line = s.line)
                  and not exists (select 1 from pairs p join pairs earlier on earlier.system = p.system
                                                                           and earlier.value = p.value
                                                                           and earlier.line < p.line
                                  where p.line = s.line)),
            firsts as (
                select distinct on (coalesce(reference, cast(id as text))) line
                from plainly_new order by coalesce(reference, cast(id as text)), line)
            select s.line, k.line is not null, n.line is not null, f.line is not null
            from staged_person s
            left join known k on k.line = s.line
            left join plainly_new n on n.line = s.line
            left join firsts f on f.line = s.line""";

    private static final String STORE = """
            with chosen as (select * from staged_person where line = any(cast(? as integer[]))),
            people as (
                insert into person (id, registered_by_team_id, preferred_name, full_name, date_of_birth, pronouns,
                                    preferred_language, contact_phone, contact_email, contact_address, contact_notes,
                                    what_matters_to_me, communication_needs, access_needs, safety_notes,
                                    consent_to_share_across_teams, created_at, updated_at, version)
                select id, registered_by_team_id, preferred_name, full_name, date_of_birth, pronouns,
                       preferred_language, contact_phone, contact_email, contact_address, contact_notes,
                       what_matters_to_me, communication_needs, access_needs, safety_notes, consent, created_at,
                       updated_at, 0
                from chosen),
            methods as (
                insert into person_contact_method (person_id, position, method)
                select c.id, m.position - 1, m.method
                from chosen c cross join unnest(c.methods) with ordinality m (method, position)),
            strengths as (
                insert into person_strength (person_id, position, strength)
                select c.id, g.position - 1, g.strength
                from chosen c cross join unnest(c.strengths) with ordinality g (strength, position)),
            identifiers as (
                insert into person_identifier (person_id, position, system, value)
                select c.id, i.position - 1, i.system, i.value
                from chosen c cross join unnest(c.id_systems, c.id_values) with ordinality i (system, value, position))
            insert into import_reference (worker_id, record_type, reference, record_id, import_id, line)
            select ?, 'people', c.reference, c.id, ?, c.line from chosen c where c.reference is not null""";

    private final ImportRepository imports;
    private final ImportLines lines;
    private final PersonService people;
    private final AuditService audit;
    private final EntityManager entityManager;
    private final Caller caller;
    private final CaseworkConfig config;

    public PersonLoader(ImportRepository imports, ImportLines lines, PersonService people, AuditService audit,
            EntityManager entityManager, Caller caller, CaseworkConfig config) {
        this.imports = imports;
        this.lines = lines;
        this.people = people;
        this.audit = audit;
        this.entityManager = entityManager;
        this.caller = caller;
        this.config = config;
    }

    /** A line read: plainly new candidates carry the person as a registration would build them. */
    private record Read(ImportLines.Line line, ImportLines.Outcome<PersonRequest> outcome, Person person) {
    }

    /** What a chunk came to: whether it had lines, and the line the service must decide next (null: none). */
    private record Loaded(boolean hadLines, ImportLines.Read<PersonRequest> alone) {
    }

    /** Loads the next chunk of lines, up to the first the service must decide, then that one; false when none. */
    boolean loadNext(ImportRepository.Job job) {
        Loaded loaded = QuarkusTransaction.requiringNew().call(() -> loadPlainlyNew(job));
        ImportLines.Read<PersonRequest> alone = loaded.alone();
        if (alone != null) {
            try {
                QuarkusTransaction.requiringNew().run(() -> loadThroughService(job, alone));
            } catch (ProblemException e) {
                QuarkusTransaction.requiringNew().run(() -> {
                    imports.lock(job);
                    advance(job, alone.line(), 0, 0, List.of(ImportLines.problem(alone.line(), alone.reference(), e)));
                });
            }
        }
        return loaded.hadLines();
    }

    /**
     * Loads the chunk's lines before the first one the service must decide, in this transaction, and answers that
     * line as read: the service takes it from there.
     */
    private Loaded loadPlainlyNew(ImportRepository.Job job) {
        List<ImportLines.Line> chunk = imports.lines(job.id(), imports.lock(job), config.imports().chunkLines());
        if (chunk.isEmpty()) {
            return new Loaded(false, null);
        }
        List<Read> reads = new ArrayList<>();
        StringBuilder rows = new StringBuilder();
        for (ImportLines.Line line : chunk) {
            var outcome = lines.read(line, RecordType.PEOPLE, PersonRequest.class,
                    (type, reference) -> imports.referenced(job.workerId(), type, reference));
            Person person = null;
            if (outcome.problem() == null && outcome.read().request().registeredByTeamId() != null) {
                try {
                    // outside the chunk's transaction: a refusal here must not mark it for rollback
                    person = QuarkusTransaction.suspendingExisting()
                            .call(() -> people.unsaved(outcome.read().request()));
                    copyRow(line.number(), outcome.read().reference(), person, rows);
                } catch (QuarkusTransactionException e) {
                    if (!(e.getCause() instanceof ProblemException)) {
                        throw e;
                    }
                    person = null; // the service decides it, and names the problem
                }
            }
            reads.add(new Read(line, outcome, person));
        }
        Map<Integer, boolean[]> classes = new HashMap<>();
        if (!rows.isEmpty()) {
            PlainSql.execute(entityManager, STAGE);
            ChunkLoader.copyIn(entityManager, COPY, rows);
            classes = classify(job);
        }
        List<Integer> chosen = new ArrayList<>();
        List<AuditService.Access> accesses = new ArrayList<>();
        List<LineProblem> problems = new ArrayList<>();
        int unchanged = 0;
        int processed = 0;
        ImportLines.Read<PersonRequest> alone = null;
        for (Read read : reads) {
            boolean[] kind = read.person() == null ? null : classes.get(read.line().number());
            if (read.outcome().problem() != null) {
                problems.add(read.outcome().problem());
            } else if (kind != null && kind[0]) {
                unchanged++;
            } else if (kind != null && kind[1] && kind[2]) {
                chosen.add(read.line().number());
                accesses.add(new AuditService.Access(PersonView.AUDIT_TYPE, read.person().id, read.person().id));
            } else if (kind != null && kind[1]) {
                unchanged++; // an earlier line of the chunk gave the same reference, and is stored
            } else {
                alone = read.outcome().read(); // read well: a line refused when read is counted above
                break;
            }
            processed++;
        }
        if (processed > 0) {
            if (!chosen.isEmpty()) {
                PlainSql.execute(entityManager, STORE, (connection, insert) -> {
                    insert.setArray(1, connection.createArrayOf("integer", chosen.toArray()));
                    insert.setObject(2, job.workerId());
                    insert.setObject(3, job.id());
                });
            }
            audit.recordChange(AuditAction.CREATE, accesses);
            imports.advance(job, new ImportRepository.Progress(reads.get(processed - 1).line().number(), processed,
                    chosen.size(), unchanged, problems), config.imports().claimFor());
        }
        return new Loaded(true, alone);
    }

    private Map<Integer, boolean[]> classify(ImportRepository.Job job) {
        Object[] teams = caller.writeScope().named().toArray();
        return PlainSql.query(entityManager, CLASSIFY, (connection, query) -> {
            query.setObject(1, job.workerId());
            query.setArray(2, connection.createArrayOf("uuid", teams));
        }, rows -> {
            Map<Integer, boolean[]> classes = new HashMap<>();
            while (rows.next()) {
                classes.put(rows.getInt(1), new boolean[] { rows.getBoolean(2), rows.getBoolean(3),
                        rows.getBoolean(4) });
            }
            return classes;
        });
    }

    private static void copyRow(int line, String reference, Person person, StringBuilder rows) {
        ChunkLoader.text(rows, line);
        ChunkLoader.text(rows, person.id);
        ChunkLoader.text(rows, reference);
        ChunkLoader.text(rows, person.registeredByTeamId);
        ChunkLoader.text(rows, person.preferredName);
        ChunkLoader.text(rows, person.fullName);
        ChunkLoader.text(rows, person.dateOfBirth);
        ChunkLoader.text(rows, person.pronouns);
        ChunkLoader.text(rows, person.preferredLanguage);
        ChunkLoader.text(rows, person.contactPhone);
        ChunkLoader.text(rows, person.contactEmail);
        ChunkLoader.text(rows, person.contactAddress);
        ChunkLoader.text(rows, person.contactNotes);
        ChunkLoader.text(rows, person.whatMattersToMe);
        ChunkLoader.text(rows, person.communicationNeeds);
        ChunkLoader.text(rows, person.accessNeeds);
        ChunkLoader.text(rows, person.safetyNotes);
        ChunkLoader.text(rows, person.consentToShareAcrossTeams);
        ChunkLoader.text(rows, ChunkLoader.array(person.contactMethods.stream().map(Coded::code).toList()));
        ChunkLoader.text(rows, ChunkLoader.array(person.strengths));
        ChunkLoader.text(rows, ChunkLoader.array(person.externalIds.stream().map(i -> i.system).toList()));
        ChunkLoader.text(rows, ChunkLoader.array(person.externalIds.stream().map(i -> i.value).toList()));
        ChunkLoader.text(rows, person.createdAt);
        ChunkLoader.last(rows, person.updatedAt);
    }

    /** A line the service decides, as read, alone in its transaction with the import's progress. */
    private void loadThroughService(ImportRepository.Job job, ImportLines.Read<PersonRequest> read) {
        imports.lock(job);
        String reference = read.reference();
        if (reference != null && imports.referenced(job.workerId(), RecordType.PEOPLE, reference) != null) {
            advance(job, read.line(), 0, 1, List.of());
            return;
        }
        Registration created = people.create(read.request());
        if (reference != null) {
            // a registration that linked a person another team knew answers the link's id for the audit
            imports.remember(job, RecordType.PEOPLE, reference, created.personId(), read.line());
        }
        audit.recordChange(AuditAction.CREATE,
                List.of(new AuditService.Access(created.auditType(), created.auditId(), created.personId())));
        advance(job, read.line(), 1, 0, List.of());
    }

    private void advance(ImportRepository.Job job, int line, int created, int unchanged, List<LineProblem> problems) {
        imports.advance(job, new ImportRepository.Progress(line, 1, created, unchanged, problems),
                config.imports().claimFor());
    }
}
