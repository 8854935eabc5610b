package org.casework.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.casework.common.Problem.FieldError;
import org.junit.jupiter.api.Test;

/** Query parameters parsed without the server: what each accepts, and the error that names it otherwise. */
class ParamsTest {

    enum Shade implements Coded {
        DARK_BLUE("dark-blue"), RED("red");

        private final String code;

        Shade(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    /** The one error a refusal carries: a 400 naming the query parameter. */
    private static FieldError refused(ThrowingCallable parse) {
        ProblemException problem = catchThrowableOfType(ProblemException.class, parse);
        assertThat(problem).as("refused").isNotNull();
        assertThat(problem.status).isEqualTo(400);
        assertThat(problem.errors).hasSize(1);
        assertThat(problem.errors.get(0).in()).isEqualTo("query");
        return problem.errors.get(0);
    }

    @Test
    void absentOrBlankIsNullForEveryKind() {
        for (String absent : new String[] { null, "", "   " }) {
            assertThat(Params.uuid("id", absent)).isNull();
            assertThat(Params.date("from", absent)).isNull();
            assertThat(Params.timestamp("from", absent)).isNull();
            assertThat(Params.integer("limit", absent, 1, 10)).isNull();
            assertThat(Params.bool("active", absent)).isNull();
            assertThat(Params.coded("shade", absent, Shade.class)).isNull();
            assertThat(Params.oneOfList("shades", absent, Set.of("red"))).isEmpty();
        }
    }

    @Test
    void aUuidIsTrimmedAndAnythingElseIsNamed() {
        UUID id = UUID.randomUUID();
        assertThat(Params.uuid("personId", " " + id + " ")).isEqualTo(id);
        FieldError error = refused(() -> Params.uuid("personId", "12345"));
        assertThat(error.field()).isEqualTo("personId");
        assertThat(error.message()).isEqualTo("must be a UUID");
    }

    @Test
    void aDateIsIsoWithinTheYearsWeStore() {
        assertThat(Params.date("from", " 2025-03-30 ")).isEqualTo(LocalDate.of(2025, 3, 30));
        assertThat(Params.date("from", "1900-01-01")).isEqualTo(DateBounds.FIRST_DAY);
        assertThat(refused(() -> Params.date("from", "30/03/2025")).message())
                .isEqualTo("must be a date (YYYY-MM-DD)");
        assertThat(refused(() -> Params.date("from", "2025-02-29")).message())
                .isEqualTo("must be a date (YYYY-MM-DD)");
        FieldError early = refused(() -> Params.date("to", "1899-12-31"));
        assertThat(early.field()).isEqualTo("to");
        assertThat(early.message()).isEqualTo(DateBounds.DATE_MESSAGE);
        assertThat(refused(() -> Params.date("to", "+10000-01-01")).message()).isEqualTo(DateBounds.DATE_MESSAGE);
    }

    @Test
    void aTimestampNeedsItsOffsetAndIsBoundedAsAnInstant() {
        assertThat(Params.timestamp("from", "2026-04-01T09:30:00+01:00"))
                .isEqualTo(OffsetDateTime.parse("2026-04-01T09:30:00+01:00"));
        assertThat(refused(() -> Params.timestamp("from", "2026-04-01T09:30:00")).message())
                .startsWith("must be an ISO-8601 timestamp with offset");
        assertThat(refused(() -> Params.timestamp("from", "2026-04-01")).field()).isEqualTo("from");
        // 00:30 on 1 January 2200 an hour east of Greenwich is still 2199 in UTC
        assertThat(Params.timestamp("to", "2200-01-01T00:30:00+01:00")).isNotNull();
        assertThat(refused(() -> Params.timestamp("to", "2200-01-01T00:00:00Z")).message())
                .isEqualTo(DateBounds.TIMESTAMP_MESSAGE);
        assertThat(refused(() -> Params.timestamp("from", "1900-01-01T00:30:00+01:00")).message())
                .isEqualTo(DateBounds.TIMESTAMP_MESSAGE);
    }

    @Test
    void anIntegerIsWholeAndWithinItsBoundsInclusive() {
        assertThat(Params.integer("limit", "1", 1, 100)).isEqualTo(1);
        assertThat(Params.integer("limit", " 100 ", 1, 100)).isEqualTo(100);
        assertThat(refused(() -> Params.integer("limit", "0", 1, 100)).message())
                .isEqualTo("must be between 1 and 100");
        assertThat(refused(() -> Params.integer("limit", "101", 1, 100)).message())
                .isEqualTo("must be between 1 and 100");
        for (String notWhole : new String[] { "2.5", "ten", "99999999999" }) {
            assertThat(refused(() -> Params.integer("limit", notWhole, 1, 100)).message()).as(notWhole)
                    .isEqualTo("must be a whole number between 1 and 100");
        }
    }

    @Test
    void aBooleanIsExactlyTrueOrFalse() {
        assertThat(Params.bool("active", "true")).isTrue();
        assertThat(Params.bool("active", " false ")).isFalse();
        for (String other : new String[] { "TRUE", "yes", "1" }) {
            assertThat(refused(() -> Params.bool("active", other)).message()).as(other)
                    .isEqualTo("must be true or false");
        }
    }

    @Test
    void aCodeIsOneOfTheEnumsCodesWhichTheErrorLists() {
        assertThat(Params.coded("shade", " dark-blue ", Shade.class)).isEqualTo(Shade.DARK_BLUE);
        assertThat(refused(() -> Params.coded("shade", "DARK_BLUE", Shade.class)).message())
                .isEqualTo("must be one of dark-blue, red");
    }

    @Test
    void aListIsCommaSeparatedEveryValueAllowed() {
        Set<String> allowed = Set.of("phone", "email", "letter");
        assertThat(Params.oneOfList("channel", " phone, ,email ,", allowed)).containsExactly("phone", "email");
        FieldError error = refused(() -> Params.oneOfList("channel", "phone,fax", allowed));
        assertThat(error.field()).isEqualTo("channel");
        assertThat(error.message()).isEqualTo("must be a comma-separated list of email, letter, phone");
    }

    @Test
    void aRangeEndingBeforeItStartsIsTheEndsError() {
        LocalDate day = LocalDate.of(2025, 3, 30);
        Params.requireOrdered("from", day, "to", day);
        Params.requireOrdered("from", null, "to", day);
        Params.requireOrdered("from", day, "to", null);
        FieldError error = refused(() -> Params.requireOrdered("from", day, "to", day.minusDays(1)));
        assertThat(error.field()).isEqualTo("to");
        assertThat(error.message()).isEqualTo("must not be before from");
    }

    @Test
    void invalidIsABadRequestAboutTheQuery() {
        ProblemException problem = Params.invalid("cursor", "is stale");
        assertThat(problem.status).isEqualTo(400);
        assertThat(problem.errors).containsExactly(new FieldError("query", "cursor", "is stale"));
        assertThat(List.of(problem.slug, problem.title)).containsExactly("validation", "Invalid request");
    }
}
