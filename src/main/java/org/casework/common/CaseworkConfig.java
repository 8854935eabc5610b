package org.casework.common;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Every casework.* setting; each is documented in docs/operations.md. */
@ConfigMapping(prefix = "casework")
public interface CaseworkConfig {

    Paging paging();

    Caseload caseload();

    DemoData demoData();

    Repeats repeats();

    Workload workload();

    Idempotency idempotency();

    Webhooks webhooks();

    Imports imports();

    /**
     * The key that seals paging cursors: base64 of 32 random bytes ({@code openssl rand -base64 32}), the same on
     * every instance. Unset, each start makes its own, and cursors given out before a restart are refused after it.
     */
    Optional<String> cursorKey();

    interface Paging {
        /** Items per page when the request gives no limit. */
        @WithDefault("20")
        int defaultLimit();

        /** The largest limit a request may ask for. */
        @WithDefault("100")
        int maxLimit();
    }

    interface Caseload {
        /** An open case with no contact made for this many days is flagged on the caseload. */
        @WithDefault("14")
        int noContactDays();

        /** Follow-ups due within this many days from today are listed as upcoming. */
        @WithDefault("7")
        int followUpHorizonDays();
    }

    interface Repeats {
        /** A person with this many presentation-days in the 12 months to a report's end is a frequent presenter. */
        @WithDefault("5")
        int frequentPresenterDays();

        /** How often each instance brings the presentation summaries up to date (PresentationSummaries). */
        @WithDefault("1s")
        String foldEvery();
    }

    /** Safe retries: how long the answer to a POST sent with an Idempotency-Key is kept for its retries. */
    interface Idempotency {
        @WithDefault("PT24H")
        java.time.Duration keep();
    }

    /** Signed webhooks: how often each instance sends, how it retries, and when it gives up on a subscriber. */
    interface Webhooks {
        /** How often each instance queues new events and sends what is due ({@code off}: never). */
        @WithDefault("1s")
        String sendEvery();

        /**
         * The waits between attempts after the first fails (Standard Webhooks' schedule: about 27 hours in all);
         * after the last, the delivery has failed for good.
         */
        @WithDefault("5S,5M,30M,2H,5H,10H,10H")
        java.util.List<java.time.Duration> retryDelays();

        /** A subscription is disabled when this many attempts in a row have failed ... */
        @WithDefault("10")
        int disableAfterFailures();

        /** ... over at least this long. */
        @WithDefault("PT24H")
        java.time.Duration disableAfter();

        /** How long a receiver has to answer an attempt. */
        @WithDefault("PT10S")
        java.time.Duration timeout();

        /**
         * How long after the timeout an instance's claim on a delivery lasts: past it, another instance takes it as
         * the work of an instance that stopped while sending, and sends it again.
         */
        @WithDefault("PT30S")
        java.time.Duration claimMargin();

        /** Deliveries delivered, or failed for good, longer ago than this are deleted with their attempts. */
        @WithDefault("P30D")
        java.time.Duration keep();

        /** At most this many deliveries an instance sends at once. */
        @WithDefault("20")
        int batchSize();

        /** Whether a subscriber's URL may be plain http (the local and test profiles' receivers); else https only. */
        @WithDefault("false")
        boolean allowHttp();
    }

    /** Bulk imports: how large a file may be, and how each instance loads them. */
    interface Imports {
        /**
         * The largest file an import may post; every other request body stays within 10 MB. Quarkus's own limit
         * ({@code quarkus.http.limits.max-body-size}) is set from this one.
         */
        @WithDefault("1G")
        io.quarkus.runtime.configuration.MemorySize maxFileSize();

        /** How often each instance looks for an import to load ({@code off}: never). */
        @WithDefault("1s")
        String runEvery();

        /** Lines loaded in one transaction: the import's progress moves by this many at a time. */
        @WithDefault("10000")
        int chunkLines();

        /**
         * How long an instance's claim on an import lasts past each chunk it loads: past it, another instance takes
         * it as the work of an instance that stopped, and goes on from the last chunk committed.
         */
        @WithDefault("PT2M")
        java.time.Duration claimFor();
    }

    /** What the workload view (for reflective supervision) counts as weighty and as out of hours. */
    interface Workload {
        /** Issue categories whose contacts carry weight: distress, danger, crisis. */
        @WithDefault("safeguarding,domestic-abuse,mental-health,substance-use,homelessness")
        java.util.List<String> weightyIssues();

        /** Contacts before this local time (Europe/London) on a weekday are out of hours. */
        @WithDefault("08:00")
        java.time.LocalTime dayStarts();

        /** Contacts at or after this local time on a weekday are out of hours; weekends are out of hours. */
        @WithDefault("18:00")
        java.time.LocalTime dayEnds();

        /** The period shown when none is asked for: this many days to today. */
        @WithDefault("28")
        int defaultDays();
    }

    interface DemoData {
        /** Load the demo council at start-up when the database has no teams. */
        @WithDefault("false")
        boolean enabled();

        /** The seed for the demo council, so every run builds the same history. */
        @WithDefault("20260401")
        long seed();
    }
}
