package org.casework.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.test.junit.QuarkusTest;

import org.casework.audit.AuditAction;
import org.casework.audit.SystemWork;
import org.junit.jupiter.api.Test;

/**
 * Work outside any request (a test method is such work) sees no team until it asks for the system scope by
 * name, and then leaves an audit event saying so.
 */
@QuarkusTest
class SystemScopeTest {

    @Inject
    Caller caller;

    @Inject
    SystemWork systemWork;

    @Inject
    EntityManager entityManager;

    @Test
    void outsideARequestNothingIsInScopeUntilTheSystemSaysWhy() {
        assertThat(caller.isSystem()).isTrue();
        assertThatThrownBy(caller::readScope).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("system scope");
        assertThatThrownBy(caller::writeScope).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> caller.canRead(UUID.randomUUID())).isInstanceOf(IllegalStateException.class);

        String why = "a test of system work " + UUID.randomUUID();
        boolean seesAnyTeam = systemWork.run(AuditAction.UPDATE, why,
                () -> caller.readScope().isEveryTeam() && caller.canRead(UUID.randomUUID()));
        assertThat(seesAnyTeam).isTrue();
        // and afterwards, nothing again
        assertThatThrownBy(caller::readScope).isInstanceOf(IllegalStateException.class);

        Object[] event = (Object[]) entityManager.createNativeQuery(
                "select username, action, roles, worker_id from audit_event"
                        + " where resource_type = 'system-work' and purpose = :why")
                .setParameter("why", why).getSingleResult();
        assertThat(event).containsExactly("system", "update", "", null);
    }
}
