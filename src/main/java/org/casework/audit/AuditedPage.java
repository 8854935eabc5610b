package org.casework.audit;

import java.util.concurrent.Callable;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import org.casework.audit.AuditInterceptor.Subject;

/**
 * The web pages' way to the audit log, with the API's rules: a page that shows personal data runs in one
 * transaction with its audit events (served or not at all), and a change is stored with its trace or not at all.
 * Pages call the services, then say here what they served or changed.
 */
@ApplicationScoped
public class AuditedPage {

    private final AuditService audit;

    public AuditedPage(AuditService audit) {
        this.audit = audit;
    }

    /**
     * Runs a page's reads in one transaction, then audits each {@code PersonalData} record they answered (alone,
     * or named by a {@code PersonalDataCarrier}).
     */
    public <T> T read(Callable<T> work) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            T served = work.call();
            audit.record(AuditAction.READ, AuditInterceptor.accesses(served, Subject.NONE, false));
            return served;
        });
    }

    /**
     * Runs a change in one transaction with its audit events: the records answered by the work are audited as
     * {@code action}, and deferred checks run before the commit, as for the API.
     */
    public <T> T write(AuditAction action, Callable<T> work) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            T changed = work.call();
            audit.recordChange(action, AuditInterceptor.accesses(changed, Subject.NONE, false));
            return changed;
        });
    }
}
