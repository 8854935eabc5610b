package org.casework.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** Properties of sealed cursors, run by the jqwik engine (no application needed). */
class CursorPropertiesTest {

    private final Cursor cursors = Cursor.withRandomKey();

    @Property(tries = 300)
    void anySortKeyComesBackAsItWentForItsOwnList(
            @ForAll @Size(max = 3) List<@StringLength(max = 200) String> sortKey, @ForAll String list) {
        String cursor = cursors.encode(list, sortKey);
        assertThat(cursors.decode(list, cursor, sortKey.size())).isEqualTo(sortKey);
    }

    @Property(tries = 300)
    void noPartOfTheSortKeyCanBeReadFromTheCursor(@ForAll @StringLength(min = 4, max = 100) String name) {
        String cursor = cursors.encode("/api/people?", List.of(name, "0b8e6f5e-3c1d-4f55-9d7e-1b2c3d4e5f60"));
        byte[] bytes = Base64.getUrlDecoder().decode(cursor);
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(name);
        assertThat(cursor).doesNotContain(Base64.getUrlEncoder().withoutPadding()
                .encodeToString(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Property(tries = 300)
    void aCursorOfAnotherListIsRefused(@ForAll @StringLength(max = 50) String list,
            @ForAll @StringLength(max = 50) String other) {
        net.jqwik.api.Assume.that(!list.equals(other));
        String cursor = cursors.encode(list, List.of("2026-03-01T10:00:00Z", "x"));
        assertThatThrownBy(() -> cursors.decode(other, cursor, 2)).isInstanceOf(ProblemException.class);
    }

    @Property(tries = 500)
    void anyChangedCharacterMakesTheCursorNotOurs(@ForAll @IntRange(min = 0, max = 10_000) int position,
            @ForAll char replacement) {
        String cursor = cursors.encode("/api/workers?", List.of("Amira Nowak", "3f6e…"));
        int at = position % cursor.length();
        net.jqwik.api.Assume.that(cursor.charAt(at) != replacement);
        String altered = cursor.substring(0, at) + replacement + cursor.substring(at + 1);
        assertThatThrownBy(() -> cursors.decode("/api/workers?", altered, 2)).isInstanceOf(ProblemException.class);
    }

    @Property(tries = 300)
    void anyStringThatIsNotACursorIsRefusedAsNotOurs(@ForAll @StringLength(min = 1, max = 5000) String junk) {
        net.jqwik.api.Assume.that(!junk.isBlank());
        assertThatThrownBy(() -> cursors.decode("/api/cases?", junk, 2)).isInstanceOf(ProblemException.class);
    }
}
