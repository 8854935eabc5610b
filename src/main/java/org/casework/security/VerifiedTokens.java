package org.casework.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens already verified in full, by their exact text, so that a client sending the same token on every
 * request (an integration, a burst of contacts) pays for the RSA signature check once a minute instead of on
 * every request: it was about a fifth of the app's time per contact recorded. A token is remembered only once
 * smallrye-jwt has accepted it (signature, issuer, audience, expiry), and answered from here only until it
 * expires (checked at every use) and for at most {@link #REMEMBERED}. A token that differs by one character is
 * checked in full.
 */
@ApplicationScoped
public class VerifiedTokens {

    /** How long a verified token is answered from memory, at most. */
    static final Duration REMEMBERED = Duration.ofMinutes(1);

    /** The most tokens remembered at once: beyond it, those that lapsed go, or else all of them. */
    static final int MOST = 10_000;

    private record Verified(JsonWebToken token, Instant until) {
    }

    /** The wall clock, as smallrye-jwt judges a token's expiry by it (not the application's clock). */
    private final Clock wallClock = Clock.systemUTC();
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    /** The token, if it was verified and has not lapsed since; otherwise null. */
    JsonWebToken find(String token) {
        Verified known = verified.get(token);
        if (known == null) {
            return null;
        }
        if (!wallClock.instant().isBefore(known.until())) {
            verified.remove(token, known);
            return null;
        }
        return known.token();
    }

    /** Remembers a token smallrye-jwt has just accepted. */
    void remember(String token, JsonWebToken accepted) {
        Instant now = wallClock.instant();
        Instant until = now.plus(REMEMBERED);
        long expires = accepted.getExpirationTime();
        if (expires > 0 && Instant.ofEpochSecond(expires).isBefore(until)) {
            until = Instant.ofEpochSecond(expires);
        }
        if (verified.size() >= MOST) {
            verified.values().removeIf(v -> !now.isBefore(v.until()));
            if (verified.size() >= MOST) {
                verified.clear();
            }
        }
        verified.put(token, new Verified(accepted, until));
    }
}
