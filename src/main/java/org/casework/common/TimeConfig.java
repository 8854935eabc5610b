package org.casework.common;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;

/** "Now" comes from an injected clock, so tests can control it; local dates are Europe/London. */
public class TimeConfig {

    public static final ZoneId LOCAL_ZONE = ZoneId.of("Europe/London");

    /** Now, at the precision PostgreSQL stores, so what we answer equals what we read back later. */
    public static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS).withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** A client's timestamp at stored precision, in UTC. */
    public static OffsetDateTime stored(OffsetDateTime value) {
        return value == null ? null : value.truncatedTo(ChronoUnit.MICROS).withOffsetSameInstant(ZoneOffset.UTC);
    }

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The "now" of {@code @Past} and {@code @PastOrPresent}: the same clock, with today in London. Bean Validation's
     * own is the system clock in the JVM's zone, a second "now" that tests could not control.
     */
    @Produces
    @Singleton
    ClockProvider clockProvider(Clock clock) {
        return () -> clock.withZone(LOCAL_ZONE);
    }
}
