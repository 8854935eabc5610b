package org.casework.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.support.Api.as;
import static org.casework.support.Api.invalidAs;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.casework.support.Tokens;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** A token verified a moment ago is not verified again; anything else still is. */
@QuarkusTest
class VerifiedTokensTest {

    @Inject
    VerifiedTokens verified;

    @Test
    void aTokenAcceptedOnceIsRememberedAndATamperedCopyIsStillRefused() {
        String token = Tokens.of("tester", "admin");
        assertThat(verified.find(token)).isNull();
        as(token).get("/api/teams").then().statusCode(200);
        assertThat(verified.find(token)).isNotNull();
        as(token).get("/api/teams").then().statusCode(200);

        String tampered = token.substring(0, token.length() - 2)
                + (token.endsWith("AA") ? "BB" : "AA");
        invalidAs(tampered).get("/api/teams").then().statusCode(401);
        assertThat(verified.find(tampered)).isNull();
    }

    @Test
    void aRememberedTokenLapsesWhenItExpires() {
        var store = new VerifiedTokens();
        store.remember("expired", expiringAt(Instant.now().minusSeconds(1)));
        store.remember("fresh", expiringAt(Instant.now().plusSeconds(3600)));
        assertThat(store.find("expired")).isNull();
        assertThat(store.find("fresh")).isNotNull();
        assertThat(store.find("never seen")).isNull();
    }

    private static JsonWebToken expiringAt(Instant exp) {
        Map<String, Object> claims = Map.of("exp", exp.getEpochSecond(), "upn", "someone");
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "someone";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
    }
}
