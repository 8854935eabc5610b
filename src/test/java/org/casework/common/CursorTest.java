package org.casework.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void anySortKeyComesBackAsItWent() {
        List<String> key = List.of("Ann\u001fa. Evans/+", "", "2026-03-01T10:00:00Z");
        assertThat(Cursor.decode(Cursor.encode(key), 3)).isEqualTo(key);
    }

    @Test
    void aCursorWeDidNotGiveOutIsABadRequest() {
        assertThatThrownBy(() -> Cursor.decode("not base64!", 1)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> Cursor.decode(Cursor.encode(List.of("a", "b")), 3))
                .isInstanceOf(ProblemException.class);
        assertThat(Cursor.decode(null, 2)).isEmpty();
    }
}
