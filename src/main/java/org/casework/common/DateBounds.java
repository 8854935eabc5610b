package org.casework.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The dates and timestamps the API accepts, in bodies and query parameters alike: years 1900 to 2199 inclusive.
 * Nobody alive was born before 1900 and nothing casework plans reaches 2200, while a year such as -999999999 is
 * legal ISO-8601 that PostgreSQL cannot store. Timestamps are compared as instants (UTC).
 */
public final class DateBounds {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2199;

    public static final LocalDate FIRST_DAY = LocalDate.of(FIRST_YEAR, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(LAST_YEAR, 12, 31);

    private static final Instant FIRST_INSTANT = FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant END_INSTANT = LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    /** What a field or parameter outside the range is told. */
    public static final String DATE_MESSAGE = "must be a date from " + FIRST_DAY + " to " + LAST_DAY;
    public static final String TIMESTAMP_MESSAGE = "must be a timestamp from " + FIRST_DAY + "T00:00:00Z to "
            + LAST_DAY + "T23:59:59Z";

    private DateBounds() {
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(FIRST_DAY) && !date.isAfter(LAST_DAY);
    }

    public static boolean contains(Instant instant) {
        return !instant.isBefore(FIRST_INSTANT) && instant.isBefore(END_INSTANT);
    }

    public static boolean contains(OffsetDateTime timestamp) {
        return contains(timestamp.toInstant());
    }
}
