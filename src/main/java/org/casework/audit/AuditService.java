package org.casework.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import io.quarkus.narayana.jta.QuarkusTransaction;
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

    /** Enough for a reason and a reference number; a longer header is cut, not refused, so the read is traced. */
    static final int MAX_PURPOSE = 500;

    private final AuditRepository events;
    private final PersonService people;
    private final Caller caller;
    private final Clock clock;

    public AuditService(AuditRepository events, PersonService people, Caller caller, Clock clock) {
        this.events = events;
        this.people = people;
        this.caller = caller;
        this.clock = clock;
    }

    /** One record touched: its type, its id (or null), and whose data it is (or null when nobody's). */
    public record Access(String resourceType, UUID resourceId, UUID personId) {
    }

    /**
     * Appends one event per access, for the current caller, in a transaction of its own: the trace is kept even
     * when the caller's transaction rolls back, and written in one statement. Work of the system (start-up, the
     * demo council) is not audited.
     */
    public void record(AuditAction action, List<Access> accesses) {
        if (accesses.isEmpty() || caller.isSystem()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            OffsetDateTime at = TimeConfig.now(clock);
            UUID workerId = caller.workerId().orElse(null);
            String roles = caller.roles().stream().map(Coded::code).sorted().collect(Collectors.joining(","));
            String purpose = caller.purpose();
            if (purpose != null && purpose.length() > MAX_PURPOSE) {
                purpose = purpose.substring(0, MAX_PURPOSE);
            }
            boolean breakGlass = caller.isBreakGlass();
            List<AuditEvent> rows = new ArrayList<>(accesses.size());
            for (Access access : accesses) {
                AuditEvent e = new AuditEvent();
                e.id = UUID.randomUUID();
                e.at = at;
                e.username = caller.username();
                e.workerId = workerId;
                e.roles = roles;
                e.action = action;
                e.resourceType = access.resourceType();
                e.resourceId = access.resourceId();
                e.personId = access.personId();
                e.requestId = caller.requestId();
                e.purpose = purpose;
                e.breakGlass = breakGlass;
                rows.add(e);
            }
            events.append(rows);
        });
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
        caller.readableTeams();
        people.require(personId);
        AuditRepository.Filter filter = new AuditRepository.Filter(personId, null, null, null, null, null);
        return list(filter, page);
    }
}
