package org.casework.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

/** Database errors the request causes are never a 500: two requests racing are a 409 to retry, U+0000 a 400. */
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

    @Test
    void aCharacterPostgresCannotStoreIsABadRequestThatDoesNotEchoIt() {
        var response = mapper.unexpected(new PersistenceException(
                new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00 in 'Jo Evans'", "22021")), null);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(((Problem) response.getEntity()).detail()).contains("cannot be stored").doesNotContain("Jo Evans")
                .doesNotContain("0x00");
    }
}
