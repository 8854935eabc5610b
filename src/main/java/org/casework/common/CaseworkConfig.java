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
