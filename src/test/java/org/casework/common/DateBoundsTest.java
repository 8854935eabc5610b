package org.casework.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

/** The years the API accepts: 1900 to 2199, both included; timestamps compared as instants. */
class DateBoundsTest {

    @Test
    void datesFromTheFirstDayOf1900ToTheLastOf2199() {
        assertThat(DateBounds.contains(LocalDate.parse("1900-01-01"))).isTrue();
        assertThat(DateBounds.contains(LocalDate.parse("2199-12-31"))).isTrue();
        assertThat(DateBounds.contains(LocalDate.parse("1899-12-31"))).isFalse();
        assertThat(DateBounds.contains(LocalDate.parse("2200-01-01"))).isFalse();
        assertThat(DateBounds.contains(LocalDate.MIN)).isFalse();
        assertThat(DateBounds.contains(LocalDate.MAX)).isFalse();
    }

    @Test
    void instantsFromTheStartOf1900ToTheEndOf2199InUtc() {
        assertThat(DateBounds.contains(Instant.parse("1900-01-01T00:00:00Z"))).isTrue();
        assertThat(DateBounds.contains(Instant.parse("2199-12-31T23:59:59.999999Z"))).isTrue();
        assertThat(DateBounds.contains(Instant.parse("1899-12-31T23:59:59.999999Z"))).isFalse();
        assertThat(DateBounds.contains(Instant.parse("2200-01-01T00:00:00Z"))).isFalse();
    }

    @Test
    void aTimestampCountsByItsInstantNotItsLocalDate() {
        // local dates in range, instants out of it, and the other way round
        assertThat(DateBounds.contains(OffsetDateTime.parse("1900-01-01T00:30:00+01:00"))).isFalse();
        assertThat(DateBounds.contains(OffsetDateTime.parse("2199-12-31T23:30:00-01:00"))).isFalse();
        assertThat(DateBounds.contains(OffsetDateTime.parse("1899-12-31T23:30:00-01:00"))).isTrue();
        assertThat(DateBounds.contains(OffsetDateTime.parse("2200-01-01T00:30:00+01:00"))).isTrue();
    }

    @Test
    void theMessagesNameTheBounds() {
        assertThat(DateBounds.DATE_MESSAGE).isEqualTo("must be a date from 1900-01-01 to 2199-12-31");
        assertThat(DateBounds.TIMESTAMP_MESSAGE)
                .isEqualTo("must be a timestamp from 1900-01-01T00:00:00Z to 2199-12-31T23:59:59Z");
    }
}
