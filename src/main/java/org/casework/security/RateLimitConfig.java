package org.casework.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** casework.rate-limit.*: how many API requests one caller may send; documented in docs/operations.md. */
@ConfigMapping(prefix = "casework.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** The sustained rate one caller may send. */
    @WithDefault("600")
    int requestsPerMinute();

    /** How many requests one caller may send at once, above the sustained rate, before being slowed. */
    @WithDefault("120")
    int burst();
}
