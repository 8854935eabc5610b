package org.casework.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;

import org.casework.common.TimeConfig;
import org.junit.jupiter.api.Test;

/** Where the tests' clock starts, whatever the wall clock says, and that it then keeps time. */
class TestClockTest {

    private static Instant startFor(String wall) {
        return TestClock.startingAtNoon(Clock.fixed(Instant.parse(wall), ZoneOffset.UTC)).instant();
    }

    @Test
    void itStartsAtNoonInLondonOnTheSecondWednesdayOfJuneOfTheNextYear() {
        for (String wall : new String[] { "2026-01-01T00:00:00Z", "2026-03-29T00:30:00Z", "2026-06-10T11:00:00Z",
                "2026-12-07T03:23:21Z", "2026-12-31T23:59:59Z" }) {
            assertThat(LocalDateTime.ofInstant(startFor(wall), TimeConfig.LOCAL_ZONE)).as(wall)
                    .isEqualTo(LocalDateTime.parse("2027-06-09T12:00:00"));
        }
        assertThat(LocalDateTime.ofInstant(startFor("2027-06-09T11:00:00Z"), TimeConfig.LOCAL_ZONE))
                .isEqualTo(LocalDateTime.parse("2028-06-14T12:00:00"));
    }

    @Test
    void itIsAheadOfTheWallClockAndMonthsFromAClockChangeInAnyYear() {
        ZoneRules london = TimeConfig.LOCAL_ZONE.getRules();
        for (LocalDate wall = LocalDate.of(2026, 1, 1); wall.getYear() < 2036; wall = wall.plusDays(13)) {
            Instant now = wall.atTime(23, 59).toInstant(ZoneOffset.UTC);
            Instant start = TestClock.startingAtNoon(Clock.fixed(now, ZoneOffset.UTC)).instant();
            ZonedDateTime local = start.atZone(TimeConfig.LOCAL_ZONE);
            assertThat(Duration.between(now, start)).as(wall.toString()).isGreaterThan(Duration.ofDays(150));
            assertThat(local.toLocalTime()).isEqualTo(LocalTime.NOON);
            assertThat(local.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
            assertThat(local.getMonth()).isEqualTo(Month.JUNE);
            assertThat(local.getDayOfMonth()).isBetween(8, 14);
            assertThat(Duration.between(london.previousTransition(start).getInstant(), start))
                    .isGreaterThan(Duration.ofDays(60));
            assertThat(Duration.between(start, london.nextTransition(start).getInstant()))
                    .isGreaterThan(Duration.ofDays(60));
        }
    }

    @Test
    void itMovesOnWithRealTime() throws InterruptedException {
        Clock clock = TestClock.startingAtNoon(Clock.systemUTC());
        Instant before = clock.instant();
        Thread.sleep(50);
        assertThat(Duration.between(before, clock.instant())).isBetween(Duration.ofMillis(50), Duration.ofSeconds(5));
    }

    @Test
    void todayAndNowAreTheSameMomentInLondonAndInUtc() {
        assertThat(TestClock.now().getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(TestClock.local().getZone()).isEqualTo(TimeConfig.LOCAL_ZONE);
        assertThat(TestClock.local().toLocalTime()).isBetween(LocalTime.NOON, LocalTime.of(23, 0));
        assertThat(TestClock.today()).isEqualTo(TestClock.now().atZoneSameInstant(TimeConfig.LOCAL_ZONE)
                .toLocalDate());
    }
}
