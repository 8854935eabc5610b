package org.casework.support;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.casework.common.TimeConfig;

/**
 * "Now" for the tests and for the application under test, which gets it in place of TimeConfig's default clock:
 * one source, so a test and the server agree on today. It starts at 12:00 in London on the second Wednesday of
 * June next year and moves on with real time: hours from midnight, months from a clock change, mid-month,
 * mid-quarter and a working day, whenever the suite runs. Next year, so it is always ahead of the wall clock,
 * which still judges what this clock cannot: a bearer token's expiry (smallrye-jwt) and PostgreSQL's now(), which
 * tests pass this clock's time to instead. The app refuses tokens issued after its now, so never behind it.
 */
public final class TestClock {

    private static final Clock CLOCK = startingAtNoon(Clock.systemUTC());

    /** Never made: the class holds the clock's producer, so CDI sees it as a bean class. */
    TestClock() {
    }

    /** The application's clock in every {@code @QuarkusTest}. */
    @Produces
    @Singleton
    public static Clock clock() {
        return CLOCK;
    }

    public static Instant instant() {
        return CLOCK.instant();
    }

    /** Now in UTC, at the precision PostgreSQL stores, as the application takes it. */
    public static OffsetDateTime now() {
        return TimeConfig.now(CLOCK);
    }

    /** Now in London, for a local day and time. */
    public static ZonedDateTime local() {
        return ZonedDateTime.now(CLOCK.withZone(TimeConfig.LOCAL_ZONE));
    }

    /** Today in London, as the application counts days. */
    public static LocalDate today() {
        return local().toLocalDate();
    }

    /** Noon in London on the second Wednesday of June of the year after the wall clock's, moving on with it. */
    static Clock startingAtNoon(Clock wall) {
        Instant start = wall.instant();
        LocalDate day = LocalDate.of(start.atZone(TimeConfig.LOCAL_ZONE).getYear() + 1, Month.JUNE, 1)
                .with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.WEDNESDAY));
        Instant noon = day.atTime(LocalTime.NOON).atZone(TimeConfig.LOCAL_ZONE).toInstant();
        return Clock.offset(wall, Duration.between(start, noon));
    }
}
