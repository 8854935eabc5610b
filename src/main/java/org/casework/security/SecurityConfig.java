package org.casework.security;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Every casework.security.* setting; each is documented in docs/operations.md. */
@ConfigMapping(prefix = "casework.security")
public interface SecurityConfig {

    /** How far a token's issued-at may lie in the future, for clocks that disagree a little. */
    @WithDefault("PT60S")
    Duration clockSkew();

    /** The longest lifetime (expiry minus issued-at) a token may have; longer-lived tokens are refused. */
    @WithDefault("PT12H")
    Duration maxTokenLifetime();

    /**
     * A username made an active admin at start-up when no worker has that username yet: how the first admin of a
     * new installation signs in. Unset by default.
     */
    Optional<String> bootstrapAdmin();

    /** Longest X-Purpose (break-glass reason) accepted, in characters. */
    @WithDefault("200")
    int maxPurposeLength();
}
