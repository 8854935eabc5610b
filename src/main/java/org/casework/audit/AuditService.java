package org.casework.audit;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.casework.common.Coded;
import org.casework.common.PageRequest;
import org.casework.common.Slice;
import org.casework.common.TimeConfig;
import org.casework.people.PersonService;
import org.casework.security.Caller;

/**
 * The audit log: every read and write of a person's data is appended with who did it, as what, when, in which
 * request and why. It holds ids, never the data; the database refuses to change or delete it.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class AuditService {

    private final AuditRepository events;
    private final PersonService people;
    private final Caller caller;
    private final Clock clock;
    private final ChangeNote note;

    public AuditService(AuditRepository events, PersonService people, Caller caller, Clock clock, ChangeNote note) {
        this.events = events;
        this.people = people;
        this.caller = caller;
        this.clock = clock;
        this.note = note;
    }

    /** One record touched: its type, its id (or null), and whose data it is (or null when nobody's). */
    public record Access(String resourceType, UUID resourceId, UUID personId) {
    }

    /**
     * Appends one event per access, for the current caller, in one statement and in the caller's transaction:
     * what is stored and its trace commit together or not at all. Work outside a request is audited as the
     * system's, with the reason it gave ({@link SystemWork}); without one it may not touch audited records.
     */
    @Transactional(TxType.MANDATORY)
    public void record(AuditAction action, List<Access> accesses) {
        if (!accesses.isEmpty()) {
            events.append(shared(action), accesses, false);
        }
    }

    /**
     * As {@link #record} for a change, which is flushed first; then the deferred checks run, in the same round
     * trip as the events, so that what would fail the commit fails here, as an ordinary database error.
     */
    @Transactional(TxType.MANDATORY)
    public void recordChange(AuditAction action, List<Access> accesses) {
        events.getEntityManager().flush();
        events.append(accesses.isEmpty() ? null : shared(action), accesses, true);
    }

    private AuditRepository.Shared shared(AuditAction action) {
        if (caller.isSystem() && !caller.isSystemWork()) {
            throw new IllegalStateException("Work outside a request touched audited records without saying why: "
                    + "run it through SystemWork");
        }
        return new AuditRepository.Shared(TimeConfig.now(clock), caller.username(), caller.workerId().orElse(null),
                caller.roles().stream().map(Coded::code).sorted().collect(Collectors.joining(",")), action,
                caller.requestId(), caller.purpose(), caller.isBreakGlass(), note.detail());
    }

    /**
     * Says what a write changed, in codes and ids (never free text), for this request's audit event: "roles
     * worker→admin".
     */
    public void describe(String detail) {
        if (Arc.container().requestContext().isActive() && !caller.isSystem()) {
            note.describe(detail);
        }
    }

    /** The admin's view of the log, newest first. */
    public Slice<AuditEventView> list(AuditRepository.Filter filter, PageRequest page) {
        return Slice.of(events.page(filter, page).stream().map(AuditEventView::from).toList(), page,
                AuditEventView::sortKey);
    }

    /**
     * Who read or changed this person's record, newest first: what a subject access request needs. Only for
     * callers who may read the person (an admin needs a declared purpose); itself not audited, as it shows
     * workers' actions rather than the person's data.
     */
    public Slice<AuditEventView> accessLog(UUID personId, PageRequest page) {
        caller.readScope();
        people.require(personId);
        AuditRepository.Filter filter = new AuditRepository.Filter(personId, null, null, null, null, null);
        return list(filter, page);
    }
}
