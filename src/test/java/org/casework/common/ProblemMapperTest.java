package org.casework.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

/** Database errors that two requests racing each other cause are a 409 to retry, never a 500. */
class ProblemMapperTest {

    private final ProblemMapper mapper = new ProblemMapper();

    @Test
    void aDeadlockOrASerializationFailureIsAConflictToSendAgain() {
        for (String state : new String[] { "40P01", "40001" }) {
            var response = mapper.unexpected(new PersistenceException(new SQLException("rolled back", state)), null);
            assertThat(response.getStatus()).isEqualTo(409);
            assertThat(((Problem) response.getEntity()).detail()).contains("send it again");
        }
    }

    @Test
    void aUniqueValueTakenAtTheSameTimeIsAConflictAndAnythingElseA500() {
        assertThat(mapper.unexpected(new PersistenceException(new SQLException("dup", "23505")), null).getStatus())
                .isEqualTo(409);
        assertThat(mapper.unexpected(new PersistenceException(new SQLException("disk", "53100")), null).getStatus())
                .isEqualTo(500);
    }
}
