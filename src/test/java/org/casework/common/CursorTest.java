package org.casework.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CursorTest {

    private static final String PEOPLE = "/api/people?";

    private final Cursor cursors = Cursor.withRandomKey();

    @Test
    void anySortKeyComesBackAsItWent() {
        List<String> key = List.of("Ann\u001fa. Evans/+", "", "2026-03-01T10:00:00Z");
        assertThat(cursors.decode(PEOPLE, cursors.encode(PEOPLE, key), 3)).isEqualTo(key);
    }

    @Test
    void aCursorWeDidNotGiveOutIsABadRequest() {
        assertThatThrownBy(() -> cursors.decode(PEOPLE, "not base64!", 1)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> cursors.decode(PEOPLE, cursors.encode(PEOPLE, List.of("a", "b")), 3))
                .isInstanceOf(ProblemException.class);
        assertThat(cursors.decode(PEOPLE, null, 2)).isEmpty();
    }

    @Test
    void theOldBase64CursorsAreNoLongerAccepted() {
        // "Amira Nowak" and a UUID, as the people list gave them out before cursors were sealed
        assertThatThrownBy(() -> cursors.decode(PEOPLE, "QW1pcmEgTm93YWs.MGI4ZTZmNWUtM2MxZC00ZjU1LTlkN2UtMWIyYzNkNGU1ZjYw", 2))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void aCursorCarriesNoNameAndNotEvenItsLength() {
        String cursor = cursors.encode(PEOPLE, List.of("Amira Nowak", "0b8e6f5e-3c1d-4f55-9d7e-1b2c3d4e5f60"));
        String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.ISO_8859_1);
        assertThat(decoded).doesNotContain("Amira").doesNotContain("Nowak");
        assertThat(cursor).doesNotContain("QW1pcmEgTm93YWs");
        assertThat(cursors.encode(PEOPLE, List.of("Al", "0b8e6f5e-3c1d-4f55-9d7e-1b2c3d4e5f60")))
                .as("a short name gives a cursor as long as a longer one").hasSameSizeAs(cursor);
    }

    @Test
    void aCursorIsBoundToItsListAndToTheKeyThatSealedIt() {
        String cursor = cursors.encode("/api/people/1/timeline?", List.of("2026-03-01T10:00:00Z", "x"));
        assertThatThrownBy(() -> cursors.decode("/api/people/2/timeline?", cursor, 2))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> Cursor.withRandomKey().decode("/api/people/1/timeline?", cursor, 2))
                .as("after a restart with a new key").isInstanceOf(ProblemException.class);
    }

    @Test
    void theConfiguredKeyMustBe32BytesOfBase64AndIsNeverQuoted() {
        byte[] key = new byte[32];
        key[0] = 7;
        String configured = Base64.getEncoder().encodeToString(key);
        Cursor first = Paging.cursors(Optional.of(configured));
        Cursor second = Paging.cursors(Optional.of(configured));
        assertThat(second.decode("/l?", first.encode("/l?", List.of("a")), 1))
                .as("two starts with the same key read each other's cursors").containsExactly("a");

        assertThatThrownBy(() -> Paging.cursors(Optional.of("c2hvcnQ=")))
                .isInstanceOf(IllegalStateException.class).hasMessageNotContaining("c2hvcnQ=");
        assertThatThrownBy(() -> Paging.cursors(Optional.of("not base64 at all")))
                .isInstanceOf(IllegalStateException.class).hasMessageNotContaining("not base64");
        assertThat(Paging.cursors(Optional.empty())).as("a key made at start-up").isNotNull();
    }
}
