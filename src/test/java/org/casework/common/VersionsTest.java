package org.casework.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ws.rs.core.EntityTag;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** If-Match without the server: which tags name a version, and the 428 and 412 answers otherwise. */
class VersionsTest {

    private static ProblemException problem(ThrowingCallable call) {
        ProblemException problem = catchThrowableOfType(ProblemException.class, call);
        assertThat(problem).as("refused").isNotNull();
        return problem;
    }

    @Test
    void theEtagIsTheVersionAsAStrongTag() {
        EntityTag tag = Versions.etag(7);
        assertThat(tag.getValue()).isEqualTo("7");
        assertThat(tag.isWeak()).isFalse();
    }

    @Test
    void ifMatchNamesAVersionQuotedOrNotStrongOrWeak() {
        assertThat(Versions.fromIfMatch("\"3\"")).isEqualTo(3);
        assertThat(Versions.fromIfMatch(" \"3\" ")).isEqualTo(3);
        assertThat(Versions.fromIfMatch("W/\"12\"")).isEqualTo(12);
        assertThat(Versions.fromIfMatch("0")).isEqualTo(0);
        assertThat(Versions.fromIfMatch("\"" + Long.MAX_VALUE + "\"")).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void withoutIfMatchThePreconditionIsRequired() {
        for (String missing : new String[] { null, "", "  " }) {
            ProblemException problem = problem(() -> Versions.fromIfMatch(missing));
            assertThat(problem.status).isEqualTo(428);
            assertThat(problem.slug).isEqualTo("precondition-required");
            assertThat(problem.errors).singleElement().satisfies(error -> {
                assertThat(error.in()).isEqualTo("header");
                assertThat(error.field()).isEqualTo("If-Match");
            });
        }
    }

    @Test
    void aTagThatCannotBeAVersionFailsThePrecondition() {
        for (String tag : new String[] { "*", "\"\"", "\"", "\"abc\"", "\"3\", \"4\"", "W/3x", "\"3.0\"",
                "\"99999999999999999999\"", "'3'" }) {
            ProblemException problem = problem(() -> Versions.fromIfMatch(tag));
            assertThat(problem.status).as(tag).isEqualTo(412);
            assertThat(problem.slug).isEqualTo("precondition-failed");
        }
    }

    @Test
    void onlyTheVersionStoredPassesTheCheck() {
        assertThatCode(() -> Versions.check(4, 4)).doesNotThrowAnyException();
        assertThat(problem(() -> Versions.check(3, 4)).status).isEqualTo(412);
        assertThat(problem(() -> Versions.check(5, 4)).status).isEqualTo(412);
    }
}
