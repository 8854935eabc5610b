package org.casework.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class TimeConfigTest {

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void validationsTodayIsTodayInLondonWhateverTheClocksZone() {
        // 23:30 UTC on 1 June is 00:30 on 2 June in London (summer time); in winter the two agree
        assertThat(LocalDate.now(new TimeConfig().clockProvider(at("2025-06-01T23:30:00Z")).getClock()))
                .isEqualTo(LocalDate.parse("2025-06-02"));
        assertThat(LocalDate.now(new TimeConfig().clockProvider(at("2025-12-01T23:30:00Z")).getClock()))
                .isEqualTo(LocalDate.parse("2025-12-01"));
    }

    @Test
    void nowIsInUtcToTheMicrosecondAsPostgresqlKeepsIt() {
        Clock london = Clock.fixed(Instant.parse("2025-06-01T23:30:00.123456789Z"), TimeConfig.LOCAL_ZONE);
        assertThat(TimeConfig.now(london).toString()).isEqualTo("2025-06-01T23:30:00.123456Z");
        assertThat(TimeConfig.stored(OffsetDateTime.parse("2025-06-02T00:30:00.9999999+01:00")).toString())
                .isEqualTo("2025-06-01T23:30:00.999999Z");
        assertThat(TimeConfig.stored(null)).isNull();
    }
}
