package org.casework.imports;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

import org.casework.audit.AuditService;
import org.casework.common.CaseworkConfig;
import org.casework.common.ProblemException;
import org.casework.common.TimeConfig;
import org.casework.interactions.InteractionRequest;
import org.casework.interactions.InteractionService;
import org.casework.interactions.InteractionView;
import org.casework.reference.Vocabulary;
import org.casework.security.Caller;

/**
 * Loads contacts a chunk at a time ({@link ChunkLoader}). The statement checks what
 * {@code POST /api/cases/{caseId}/interactions} checks against the database: the case is one of the caller's teams'
 * and open at the contact's time, the lead an active member of its team, the other workers active and not the lead,
 * each code active, the follow-up not before the contact's day; and inserts the contacts that pass, their issues,
 * their other workers and the caller's references. The change feed's and the presentation summaries' statement
 * triggers take the set in one go.
 */
@Singleton // no client proxy: its superclass has no constructor without arguments
public class InteractionLoader extends ChunkLoader<InteractionRequest> {

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

    private static final String COPY = """
            copy staged_interaction (line, id, reference, case_id, case_reference, occurred_at, contact_status, channel,
                                     initiator, duration_minutes, lead_worker_id, other_worker_ids, issues, summary,
                                     what_mattered, outcome, follow_up_on) from stdin""";

    private static final String STORE = """
            with resolved as (
                select s.*, coalesce(s.case_id, r.record_id) as the_case
                from staged_interaction s
                left join lateral (
                    select r.record_id from import_reference r
                    where s.case_id is null and r.worker_id = ? and r.record_type = 'cases'
                      and r.reference = s.case_reference limit 1) r on true),
            known as (
                -- probed a line at a time (a lateral LIMIT is never turned into a join): a worker may hold
                -- millions of references, and hashing them all for each chunk took longer than the chunk
                select s.line from resolved s
                cross join lateral (
                    select from import_reference r
                    where r.worker_id = ? and r.record_type = 'interactions' and r.reference = s.reference
                    limit 1) r),
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
                       duration_minutes, lead_worker_id, summary, what_mattered, outcome, follow_up_on, 0
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
                   k.line is not null or (c.line is not null and f.line is null) as unchanged, false as repeated
            from resolved s
            left join firsts f on f.line = s.line
            left join known k on k.line = s.line
            left join checked c on c.line = s.line""";

    private final InteractionService interactions;
    private final Caller caller;
    private final Clock clock;

    public InteractionLoader(ImportRepository imports, ImportLines lines, InteractionService interactions,
            AuditService audit, EntityManager entityManager, CaseworkConfig config, Caller caller, Clock clock) {
        super(RecordType.INTERACTIONS, InteractionRequest.class, STAGE, COPY, imports, lines, audit, entityManager,
                config);
        this.interactions = interactions;
        this.caller = caller;
        this.clock = clock;
    }

    @Override
    UUID callerDefault() {
        return interactions.callerAsLead();
    }

    @Override
    Staged<InteractionRequest> stage(ImportLines.Read<InteractionRequest> read, UUID callerAsLead) {
        String caseId = read.links().get("caseId");
        String caseReference = read.links().get("caseReference");
        if (caseId == null && caseReference == null) {
            throw ProblemException.invalidBody("caseId", "required", "is required: the case's id, or caseReference");
        }
        UUID lead = read.request().leadWorkerId() != null ? read.request().leadWorkerId() : callerAsLead;
        return new Staged<>(read, UUID.randomUUID(), caseId == null ? null : UUID.fromString(caseId), caseReference,
                lead);
    }

    @Override
    void copyRow(Staged<InteractionRequest> line, StringBuilder rows) {
        InteractionRequest request = line.read().request();
        text(rows, line.read().line());
        text(rows, line.id());
        text(rows, line.read().reference());
        text(rows, line.linkedId());
        text(rows, line.linkedReference());
        text(rows, TimeConfig.stored(request.occurredAt()));
        text(rows, request.contactStatus().code());
        text(rows, request.channel());
        text(rows, request.initiator());
        text(rows, request.durationMinutes());
        text(rows, line.workerId());
        text(rows, array(request.otherWorkers()));
        text(rows, array(request.issueCodes()));
        text(rows, request.summary());
        text(rows, request.whatMattered());
        text(rows, request.outcome());
        last(rows, request.followUpOn());
    }

    @Override
    Map<Integer, Stored> store(ImportRepository.Job job) {
        UUID[] teams = caller.writeScope().named().toArray(UUID[]::new);
        return stored(STORE, (connection, query) -> {
            int i = 0;
            query.setObject(++i, job.workerId());
            query.setObject(++i, job.workerId());
            query.setArray(++i, connection.createArrayOf("uuid", teams));
            query.setString(++i, Vocabulary.ISSUE_CATEGORY.code());
            query.setString(++i, Vocabulary.CHANNEL.code());
            query.setString(++i, Vocabulary.INITIATOR.code());
            query.setString(++i, Vocabulary.INTERACTION_OUTCOME.code());
            query.setObject(++i, TimeConfig.now(clock));
            query.setObject(++i, job.workerId());
            query.setObject(++i, job.workerId());
            query.setObject(++i, job.id());
        });
    }

    @Override
    void check(Staged<InteractionRequest> line, Stored stored) {
        if (stored.linkedId() == null && line.linkedReference() != null) {
            throw ProblemException.invalidBody("caseReference", "unknown-reference",
                    "is not the reference of a case you imported");
        }
        interactions.check(stored.linkedId(), line.linkedReference() != null ? "caseReference" : "caseId",
                line.read().request());
    }

    @Override
    String auditType() {
        return InteractionView.AUDIT_TYPE;
    }
}
