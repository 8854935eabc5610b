package org.casework.common;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Reads the values of native query rows, whose Java types depend on the SQL expression and the driver. */
public final class SqlValues {

    private SqlValues() {
    }

    public static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    public static Double decimal(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    public static OffsetDateTime timestamp(Object value) {
        if (value == null) {
            return null;
        } else if (value instanceof OffsetDateTime at) {
            return at.withOffsetSameInstant(ZoneOffset.UTC);
        } else if (value instanceof java.time.ZonedDateTime at) {
            return at.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        } else if (value instanceof Instant at) {
            return at.atOffset(ZoneOffset.UTC);
        } else if (value instanceof Timestamp at) {
            return at.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("not a timestamp: " + value.getClass());
    }

    public static LocalDate date(Object value) {
        if (value == null) {
            return null;
        } else if (value instanceof LocalDate date) {
            return date;
        } else if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        throw new IllegalStateException("not a date: " + value.getClass());
    }
}
