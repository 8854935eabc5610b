package org.casework.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

/** Makes every insert into the audit log fail while {@code during} runs, as a full disk or a lost table would. */
public final class AuditOutage {

    private AuditOutage() {
    }

    public static void whileAuditRefuses(EntityManager em, Runnable during) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                create function audit_outage_refuse() returns trigger language plpgsql as
                $$ begin raise exception 'audit unavailable'; end; $$;
                create trigger audit_outage_refuse before insert on audit_event
                    for each statement execute function audit_outage_refuse();
                """).executeUpdate());
        try {
            during.run();
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "drop trigger audit_outage_refuse on audit_event; drop function audit_outage_refuse();")
                    .executeUpdate());
        }
    }
}
