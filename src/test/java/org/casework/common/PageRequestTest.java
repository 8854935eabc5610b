package org.casework.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** A page request's sort key, read back part by part, and the one extra row that tells whether more follow. */
class PageRequestTest {

    private static void notOurs(ThrowingCallable read) {
        ProblemException problem = catchThrowableOfType(ProblemException.class, read);
        assertThat(problem).as("refused as a cursor we did not give out").isNotNull();
        assertThat(problem.status).isEqualTo(400);
        assertThat(problem.errors).singleElement().satisfies(error -> {
            assertThat(error.in()).isEqualTo("query");
            assertThat(error.field()).isEqualTo("cursor");
        });
    }

    @Test
    void theFirstPageHasNoSortKeyAndEveryPageFetchesOneRowMore() {
        PageRequest first = new PageRequest(List.of(), 20);
        assertThat(first.isFirst()).isTrue();
        assertThat(first.fetchSize()).isEqualTo(21);
        assertThat(new PageRequest(List.of("Evans"), 1).isFirst()).isFalse();
        assertThat(new PageRequest(List.of("Evans"), 1).fetchSize()).isEqualTo(2);
    }

    @Test
    void eachPartOfTheSortKeyReadsAsItsType() {
        UUID id = UUID.randomUUID();
        PageRequest next = new PageRequest(List.of("Evans", "2026-03-01T10:00:00Z", "2026-03-01", id.toString()), 20);
        assertThat(next.after(0)).isEqualTo("Evans");
        assertThat(next.afterTimestamp(1)).isEqualTo(OffsetDateTime.parse("2026-03-01T10:00:00Z"));
        assertThat(next.afterDate(2)).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(next.afterUuid(3)).isEqualTo(id);
    }

    @Test
    void aPartThatDoesNotParseIsACursorWeDidNotGiveOut() {
        PageRequest odd = new PageRequest(List.of("Evans", "yesterday", "2026-02-30"), 20);
        notOurs(() -> odd.afterUuid(0));
        notOurs(() -> odd.afterTimestamp(1));
        notOurs(() -> odd.afterDate(2));
        notOurs(() -> odd.afterTimestamp(0));
    }
}
