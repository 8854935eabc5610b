package org.casework.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.postgresql.PGConnection;

import org.casework.audit.AuditAction;
import org.casework.audit.AuditService;
import org.casework.common.CaseworkConfig;
import org.casework.common.PlainSql;
import org.casework.common.ProblemException;
import org.casework.common.TimeConfig;
import org.casework.interactions.InteractionRequest;
import org.casework.interactions.InteractionService;
import org.casework.interactions.InteractionView;
import org.casework.reference.Vocabulary;
import org.casework.security.Caller;

/**
 * Loads contacts set-based, as a year of history needs: each chunk's lines are read and validated in Java as the
 * API reads a body (ImportLines), copied into a temporary table by COPY, and stored by one statement that checks
 * what the API checks against the database (the case is the caller's and open at the time, the lead an active member
 * of its team, the other workers active, each code active, the follow-up not before the day) and inserts the
 * contacts that pass, their issues, their other workers and the caller's references. A line that statement leaves
 * out is checked again by the API's own code ({@link InteractionService#check}), which names its problem exactly.
 * The change feed's and the presentation summaries' statement triggers take the set in one go.
 */
@ApplicationScoped
public class InteractionLoader {

    private static final String STAGE = """
            create temporary table staged_interaction (
                line             integer not null,
                id               uuid    not null,
                reference        text,
                case_id          uuid,
                case_reference   text,
                occurred_at      timestamptz not null,
                contact_status   text    not null,
                channel          text    not null,
                initiator        text    not null,
                duration_minutes integer,
                lead_worker_id   uuid,
                other_worker_ids uuid[]  not null,
                issues           text[]  not null,
                summary          text,
                what_mattered    text,
                outcome          text,
                follow_up_on     date
            ) on commit drop""";

    /**
     * Every staged line with what came of it: created (with the contact's person), unchanged (its reference was
     * imported before, or by an earlier line), or neither: refused, its problem to be found by the API's code.
     */
    private static final String STORE = """
            with resolved as (
                select s.*, coalesce(s.case_id, r.record_id) as the_case
                from staged_interaction s
                left join import_reference r on s.case_id is null and r.worker_id = ? and r.record_type = 'cases'
                                             and r.reference = s.case_reference),
            known as (
                select s.line from resolved s
                join import_reference r on r.worker_id = ? and r.record_type = 'interactions'
                                       and r.reference = s.reference),
            checked as (
                select s.*, c.person_id, c.team_id
                from resolved s
                join support_case c on c.id = s.the_case
                where s.line not in (select line from known)
                  and c.team_id = any(cast(? as uuid[]))
                  and s.occurred_at >= c.opened_at and (c.closed_at is null or s.occurred_at <= c.closed_at)
                  and exists (select 1 from worker w join worker_team t on t.worker_id = w.id
                              where w.id = s.lead_worker_id and w.active and t.team_id = c.team_id)
                  and cardinality(s.other_worker_ids) = (
                      select count(distinct o) from unnest(s.other_worker_ids) o join worker w on w.id = o
                      where w.active and o <> s.lead_worker_id)
                  and cardinality(s.issues) = (
                      select count(distinct i) from unnest(s.issues) i
                      join reference_code rc on rc.vocabulary = ? and rc.code = i and rc.active)
                  and exists (select 1 from reference_code rc
                              where rc.vocabulary = ? and rc.code = s.channel and rc.active)
                  and exists (select 1 from reference_code rc
                              where rc.vocabulary = ? and rc.code = s.initiator and rc.active)
                  and (s.outcome is null or exists (select 1 from reference_code rc
                                                    where rc.vocabulary = ? and rc.code = s.outcome and rc.active))
                  and (s.follow_up_on is null or s.follow_up_on >= casework_local_date(s.occurred_at))),
            firsts as (
                select distinct on (coalesce(reference, cast(id as text))) *
                from checked order by coalesce(reference, cast(id as text)), line),
            contact as (
                insert into interaction (id, case_id, person_id, team_id, occurred_at, recorded_at,
                                         recorded_by_worker_id, contact_status, channel, initiator, duration_minutes,
                                         lead_worker_id, summary, what_mattered, outcome, follow_up_on, version)
                select id, the_case, person_id, team_id, occurred_at, ?, ?, contact_status, channel, initiator,
                       duration_minutes, lead_worker_id, summary, what_mattered, outcome, follow_up_on, ?
                from firsts),
            issues as (
                insert into interaction_issue (interaction_id, category)
                select f.id, unnest(f.issues) from firsts f),
            others as (
                insert into interaction_worker (interaction_id, worker_id)
                select f.id, unnest(f.other_worker_ids) from firsts f),
            refs as (
                insert into import_reference (worker_id, record_type, reference, record_id, import_id, line)
                select ?, 'interactions', f.reference, f.id, ?, f.line from firsts f where f.reference is not null)
            select s.line, s.the_case, f.id, f.person_id,
                   k.line is not null or (c.line is not null and f.line is null) as unchanged
            from resolved s
            left join firsts f on f.line = s.line
            left join known k on k.line = s.line
            left join checked c on c.line = s.line""";

    private final ImportRepository imports;
    private final ImportLines lines;
    private final InteractionService interactions;
    private final AuditService audit;
    private final EntityManager entityManager;
    private final CaseworkConfig config;
    private final Caller caller;
    private final Clock clock;

    public InteractionLoader(ImportRepository imports, ImportLines lines, InteractionService interactions,
            AuditService audit, EntityManager entityManager, CaseworkConfig config, Caller caller, Clock clock) {
        this.caller = caller;
        this.imports = imports;
        this.lines = lines;
        this.interactions = interactions;
        this.audit = audit;
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    /** A line read and ready to stage: its contact's id, case, lead and request. */
    private record Staged(ImportLines.Read<InteractionRequest> read, UUID id, UUID caseId, String caseReference,
            UUID leadId) {
    }

    /** What the statement said of a line. */
    private record Stored(UUID caseId, UUID id, UUID personId, boolean unchanged) {
    }

    /** Loads the next chunk of lines in one transaction with the import's progress; false when none was left. */
    boolean loadNext(ImportRepository.Job job) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<ImportLines.Line> chunk = imports.lines(job.id(), imports.lock(job), config.imports().chunkLines());
            if (chunk.isEmpty()) {
                return false;
            }
            List<LineProblem> problems = new ArrayList<>();
            List<Staged> staged = new ArrayList<>();
            UUID callerAsLead = interactions.callerAsLead();
            for (ImportLines.Line line : chunk) {
                var outcome = lines.read(line, RecordType.INTERACTIONS, InteractionRequest.class, (t, r) -> null);
                if (outcome.problem() != null) {
                    problems.add(outcome.problem());
                    continue;
                }
                var read = outcome.read();
                String caseId = read.links().get("caseId");
                String caseReference = read.links().get("caseReference");
                if (caseId == null && caseReference == null) {
                    problems.add(ImportLines.problem(line.number(), read.reference(), ProblemException.invalidBody(
                            "caseId", "required", "is required: the case's id, or caseReference")));
                    continue;
                }
                UUID lead = read.request().leadWorkerId() != null ? read.request().leadWorkerId() : callerAsLead;
                staged.add(new Staged(read, UUID.randomUUID(), caseId == null ? null : UUID.fromString(caseId),
                        caseReference, lead));
            }
            Map<Integer, Stored> stored = store(job, staged);
            int created = 0;
            int unchanged = 0;
            List<AuditService.Access> accesses = new ArrayList<>();
            for (Staged line : staged) {
                Stored result = stored.get(line.read().line());
                if (result.id() != null) {
                    created++;
                    accesses.add(new AuditService.Access(InteractionView.AUDIT_TYPE, result.id(), result.personId()));
                } else if (result.unchanged()) {
                    unchanged++;
                } else {
                    problems.add(refusal(line, result.caseId()));
                }
            }
            audit.recordChange(AuditAction.CREATE, accesses);
            problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
            imports.advance(job, new ImportRepository.Progress(chunk.get(chunk.size() - 1).number(), chunk.size(),
                    created, unchanged, problems), config.imports().claimFor());
            return true;
        });
    }

    private Map<Integer, Stored> store(ImportRepository.Job job, List<Staged> staged) {
        Map<Integer, Stored> stored = new HashMap<>();
        if (staged.isEmpty()) {
            return stored;
        }
        PlainSql.execute(entityManager, STAGE);
        copy(staged);
        OffsetDateTime recordedAt = TimeConfig.now(clock);
        UUID[] teams = caller.writeScope().named().toArray(UUID[]::new);
        PlainSql.query(entityManager, STORE, (connection, query) -> {
            int i = 0;
            query.setObject(++i, job.workerId());
            query.setObject(++i, job.workerId());
            query.setArray(++i, connection.createArrayOf("uuid", teams));
            query.setString(++i, Vocabulary.ISSUE_CATEGORY.code());
            query.setString(++i, Vocabulary.CHANNEL.code());
            query.setString(++i, Vocabulary.INITIATOR.code());
            query.setString(++i, Vocabulary.INTERACTION_OUTCOME.code());
            query.setObject(++i, recordedAt);
            query.setObject(++i, job.workerId());
            query.setLong(++i, 0L);
            query.setObject(++i, job.workerId());
            query.setObject(++i, job.id());
        }, rows -> {
            while (rows.next()) {
                stored.put(rows.getInt(1), new Stored(rows.getObject(2, UUID.class), rows.getObject(3, UUID.class),
                        rows.getObject(4, UUID.class), rows.getBoolean(5)));
            }
            return null;
        });
        return stored;
    }

    /** The staged lines into the temporary table, by COPY in its text format. */
    private void copy(List<Staged> staged) {
        StringBuilder rows = new StringBuilder(staged.size() * 256);
        for (Staged line : staged) {
            InteractionRequest request = line.read().request();
            rows.append(line.read().line()).append('\t').append(line.id()).append('\t');
            text(rows, line.read().reference());
            text(rows, line.caseId() == null ? null : line.caseId().toString());
            text(rows, line.caseReference());
            text(rows, TimeConfig.stored(request.occurredAt()).toString());
            text(rows, request.contactStatus().code());
            text(rows, request.channel());
            text(rows, request.initiator());
            text(rows, request.durationMinutes() == null ? null : request.durationMinutes().toString());
            text(rows, line.leadId() == null ? null : line.leadId().toString());
            text(rows, array(request.otherWorkers().stream().map(UUID::toString).toList()));
            text(rows, array(request.issueCodes()));
            text(rows, request.summary());
            text(rows, request.whatMattered());
            text(rows, request.outcome());
            ImportRepository.appendText(rows,
                    request.followUpOn() == null ? null : request.followUpOn().toString());
            rows.append('\n');
        }
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                        copy staged_interaction (line, id, reference, case_id, case_reference, occurred_at,
                                                 contact_status, channel, initiator, duration_minutes, lead_worker_id,
                                                 other_worker_ids, issues, summary, what_mattered, outcome,
                                                 follow_up_on) from stdin""",
                        new java.io.ByteArrayInputStream(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void text(StringBuilder rows, String value) {
        ImportRepository.appendText(rows, value);
        rows.append('\t');
    }

    /** An array literal of quoted elements, as PostgreSQL reads it. */
    private static String array(List<String> values) {
        StringBuilder literal = new StringBuilder("{");
        for (String value : values) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return literal.append('}').toString();
    }

    /** The problem the API's own code finds with a line the statement refused. */
    private LineProblem refusal(Staged line, UUID caseId) {
        var read = line.read();
        if (caseId == null && line.caseReference() != null) {
            return ImportLines.problem(read.line(), read.reference(), ProblemException.invalidBody("caseReference",
                    "unknown-reference", "is not the reference of a case you imported"));
        }
        String field = line.caseReference() != null ? "caseReference" : "caseId";
        try {
            QuarkusTransaction.requiringNew().run(() -> interactions.check(caseId, field, read.request()));
        } catch (ProblemException e) {
            return ImportLines.problem(read.line(), read.reference(), e);
        }
        // the statement and the API disagree: refuse it rather than store what the API might not
        Log.warnf("Import line %d: refused by the import's checks but not by the API's", read.line());
        return ImportLines.problem(read.line(), read.reference(), new ProblemException(500, "internal",
                "Internal error", "The line could not be checked; send it through the API", List.of()));
    }
}
