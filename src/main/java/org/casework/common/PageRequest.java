package org.casework.common;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Which page to read: the sort key of the last item already seen (empty for the first page) and the size. */
public record PageRequest(List<String> after, int limit) {

    public boolean isFirst() {
        return after.isEmpty();
    }

    /** Rows to fetch: one more than the page, to know whether another page follows. */
    public int fetchSize() {
        return limit + 1;
    }

    public String after(int index) {
        return after.get(index);
    }

    public UUID afterUuid(int index) {
        return parsed(index, UUID::fromString);
    }

    public OffsetDateTime afterTimestamp(int index) {
        return parsed(index, OffsetDateTime::parse);
    }

    public LocalDate afterDate(int index) {
        return parsed(index, LocalDate::parse);
    }

    /** A part of a cursor that does not parse was not given out by us: the same 400 as an undecodable cursor. */
    private <T> T parsed(int index, Function<String, T> parser) {
        try {
            return parser.apply(after.get(index));
        } catch (RuntimeException e) {
            throw Cursor.notOurs();
        }
    }
}
