package org.casework.support;

import java.time.Duration;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/** Bearer tokens signed with the development key, as the identity provider would issue them. */
public final class Tokens {

    public static final String ISSUER = "https://casework.invalid/dev";
    public static final String AUDIENCE = "casework";
    static final String PRIVATE_KEY = "dev-only-keys/private.pem";

    private Tokens() {
    }

    public static String of(String username, String... roles) {
        return lasting(Duration.ofHours(1), username, roles);
    }

    /** A token for that long from now by the wall clock, which is what judges its expiry (smallrye-jwt). */
    public static String lasting(Duration lifetime, String username, String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).upn(username).groups(Set.of(roles))
                .expiresIn(lifetime).sign(PRIVATE_KEY);
    }
}
