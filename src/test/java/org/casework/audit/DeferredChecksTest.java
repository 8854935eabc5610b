package org.casework.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casework.support.Fixtures.person;
import static org.casework.support.Fixtures.team;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.casework.audit.AuditService.Access;
import org.casework.common.DatabaseFault;
import org.junit.jupiter.api.Test;

/**
 * A change's deferred checks run with its audit events, in one round trip: a violation must still surface there,
 * as the database's own error, and not as a failed commit.
 */
@QuarkusTest
class DeferredChecksTest {

    @Inject
    EntityManager em;

    @Inject
    SystemWork systemWork;

    @Inject
    AuditService audit;

    @Test
    void aDeferredViolationFailsWhereTheChangeIsAuditedWithItsEvents() {
        String personId = person(team());
        String value = "deferred-" + UUID.randomUUID();
        List<Access> events = List.of(new Access("person", UUID.fromString(personId), UUID.fromString(personId)));
        AtomicReference<RuntimeException> atTheAudit = new AtomicReference<>();
        assertThatThrownBy(() -> systemWork.run(AuditAction.UPDATE, "a test of deferred checks", () -> {
            twoPeopleWithOneIdentifier(personId, value);
            recordChangeCatching(events, atTheAudit);
            return null;
        }));
        assertThat(DatabaseFault.sqlState(atTheAudit.get())).isEqualTo("23505");
        assertThat(DatabaseFault.of(atTheAudit.get())).isEqualTo(DatabaseFault.UNIQUE_RACE);
        assertThat(identifiersWithValue(value)).isZero();
    }

    @Test
    void aChangeWithNoEventsStillRunsTheDeferredChecks() {
        String personId = person(team());
        String value = "deferred-" + UUID.randomUUID();
        AtomicReference<RuntimeException> atTheAudit = new AtomicReference<>();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            twoPeopleWithOneIdentifier(personId, value);
            recordChangeCatching(List.of(), atTheAudit);
        }));
        assertThat(DatabaseFault.sqlState(atTheAudit.get())).isEqualTo("23505");
        assertThat(identifiersWithValue(value)).isZero();
    }

    /** Audits a change, keeping what that step raised (not the commit) before passing it on. */
    private void recordChangeCatching(List<Access> events, AtomicReference<RuntimeException> raised) {
        try {
            audit.recordChange(AuditAction.UPDATE, events);
        } catch (RuntimeException e) {
            raised.set(e);
            throw e;
        }
    }

    /** The same identifier given twice: the unique check is deferred to the commit, or to the deferred checks. */
    private void twoPeopleWithOneIdentifier(String personId, String value) {
        for (int position = 100; position < 102; position++) {
            em.createNativeQuery("""
                    insert into person_identifier (person_id, position, system, value)
                    values (cast(:person as uuid), :position, 'nhs-number', :value)""")
                    .setParameter("person", personId).setParameter("position", position).setParameter("value", value)
                    .executeUpdate();
        }
    }

    private long identifiersWithValue(String value) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) em
                .createNativeQuery("select count(*) from person_identifier where value = :value", Long.class)
                .setParameter("value", value).getSingleResult());
    }
}
