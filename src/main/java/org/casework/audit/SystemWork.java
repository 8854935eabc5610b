package org.casework.audit;

import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casework.security.Caller;

/**
 * The one way for work outside any request (start-up, the demo council, scheduled jobs) to act as the
 * system: it says why, sees every team while it runs, and leaves an audit event saying what it was, in the same
 * transaction as what it does. Outside this, such work sees no team at all.
 */
@ApplicationScoped
public class SystemWork {

    /** The audit record type of the event system work leaves. */
    public static final String AUDIT_TYPE = "system-work";

    private final Caller caller;
    private final AuditService audit;

    public SystemWork(Caller caller, AuditService audit) {
        this.caller = caller;
        this.audit = audit;
    }

    /** Runs {@code work} as the system; {@code why} ("the demo council") is the audit event's purpose. */
    @Transactional
    public <T> T run(AuditAction action, String why, Supplier<T> work) {
        return caller.asSystem(why, () -> {
            audit.record(action, List.of(new AuditService.Access(AUDIT_TYPE, null, null)));
            return work.get();
        });
    }
}
