package org.casework.common;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Every casework.* setting; each is documented in the README. */
@ConfigMapping(prefix = "casework")
public interface CaseworkConfig {

    Paging paging();

    Caseload caseload();

    DemoData demoData();

    Repeats repeats();

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
