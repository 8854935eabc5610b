package org.casework.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;

import org.junit.jupiter.api.Test;

/** What each kind of database failure tells the client, wherever it sits among the causes. */
class DatabaseFaultTest {

    private final ProblemMapper mapper = new ProblemMapper();

    private static RuntimeException wrapped(String sqlState) {
        return new PersistenceException(new SQLException("the server's text, maybe with values", sqlState));
    }

    @Test
    void onlyUniqueAndExclusionViolationsAreRacesEveryOtherIntegrityErrorIsOurFault() {
        assertThat(DatabaseFault.of(wrapped("23505"))).isEqualTo(DatabaseFault.UNIQUE_RACE);
        assertThat(DatabaseFault.of(wrapped("23P01"))).isEqualTo(DatabaseFault.UNIQUE_RACE);
        for (String state : new String[] { "23503", "23514", "23502", "42P01" }) {
            var response = mapper.unexpected(wrapped(state), null);
            assertThat(response.getStatus()).as(state).isEqualTo(500);
            assertThat(((Problem) response.getEntity()).detail()).contains("incident")
                    .doesNotContain("values");
        }
    }

    @Test
    void aDatabaseThatCannotBeReachedIsA503WithRetryAfter() {
        for (String state : new String[] { "08001", "08006", "57P01", "57P03" }) {
            var response = mapper.unexpected(wrapped(state), null);
            assertThat(response.getStatus()).as(state).isEqualTo(503);
            assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
            assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        }
        var noState = new IllegalStateException(new java.net.ConnectException("Connection refused"));
        assertThat(mapper.unexpected(noState, null).getStatus()).isEqualTo(503);
    }

    /** A deadlock found at commit comes wrapped by the transaction manager, not as a statement's error. */
    @Test
    void aCommitTheTransactionManagerRolledBackIsAConflictToSendAgain() {
        var atCommit = new io.quarkus.narayana.jta.QuarkusTransactionException(
                new RollbackException("ARJUNA016053: Could not commit transaction."));
        var response = mapper.unexpected(atCommit, null);
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(((Problem) response.getEntity()).detail()).contains("send it again");
        assertThat(mapper.unexpected(new RuntimeException(wrapped("40P01")), null).getStatus()).isEqualTo(409);
    }
}
