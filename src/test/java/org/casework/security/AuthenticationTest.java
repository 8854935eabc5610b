package org.casework.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.support.Api.invalidAs;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;

import org.casework.support.TestClock;
import org.casework.support.Tokens;
import org.junit.jupiter.api.Test;

/** Nothing answers without a valid token: every operation of the contract, and every way a token can be bad. */
@QuarkusTest
class AuthenticationTest {

    @Test
    void everyOperationInTheContractAnswers401WithoutAToken() {
        var contract = new OpenAPIV3Parser().read("openapi.yaml");
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, PathItem> path : contract.getPaths().entrySet()) {
            String concrete = path.getKey().replace("{vocabulary}", "channel")
                    .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            for (PathItem.HttpMethod method : path.getValue().readOperationsMap().keySet()) {
                Response response = invalidAs(null).header("If-Match", "\"0\"").body("{}")
                        .request(method.name(), concrete);
                checked++;
                if (response.statusCode() != 401
                        || !response.contentType().startsWith("application/problem+json")
                        || !"Bearer".equals(response.header("WWW-Authenticate"))) {
                    wrong.add(method + " " + path.getKey() + " -> " + response.statusCode());
                }
            }
        }
        assertThat(checked).isGreaterThan(40);
        assertThat(wrong).as("operations that did not answer 401 problem+json without a token").isEmpty();
    }

    @Test
    void expiredForgedUnsignedAndForeignTokensAreRefused() throws NoSuchAlgorithmException {
        var otherKey = KeyPairGenerator.getInstance("RSA");
        otherKey.initialize(2048);
        Map<String, String> bad = Map.of(
                // long expired by any clock: smallrye-jwt judges expiry by the wall clock, not the test clock
                "expired", Jwt.issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE).upn("tester")
                        .groups(Set.of("admin")).issuedAt(Instant.parse("2020-01-01T09:00:00Z"))
                        .expiresAt(Instant.parse("2020-01-01T10:00:00Z")).sign("dev-only-keys/private.pem"),
                "wrong issuer", Jwt.issuer("https://evil.invalid").audience(Tokens.AUDIENCE).upn("tester")
                        .groups(Set.of("admin")).sign("dev-only-keys/private.pem"),
                "wrong audience", Jwt.issuer(Tokens.ISSUER).audience("another-api").upn("tester")
                        .groups(Set.of("admin")).sign("dev-only-keys/private.pem"),
                "signed with another key", Jwt.issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE).upn("tester")
                        .groups(Set.of("admin")).sign(otherKey.generateKeyPair().getPrivate()),
                "alg none", unsigned(),
                "not a JWT", "hello");
        bad.forEach((what, token) -> invalidAs(token).get("/api/teams").then()
                .statusCode(401).contentType("application/problem+json")
                .body("status", equalTo(401)));
    }

    @Test
    void healthAndTheContractStayOpen() {
        io.restassured.RestAssured.get("/q/health").then().statusCode(200);
        io.restassured.RestAssured.get("/q/openapi").then().statusCode(200);
    }

    @Test
    void aGoodTokenIsAccepted() {
        invalidAs(Tokens.of("tester", "admin")).get("/api/teams").then().statusCode(200);
        invalidAs(Tokens.of("tester")).get("/api/me").then().statusCode(200).body("roles", org.hamcrest.Matchers.hasItem("admin"));
    }

    private static String unsigned() {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        String header = encoder.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        long exp = TestClock.instant().plusSeconds(3600).getEpochSecond();
        String payload = encoder.encodeToString(("{\"iss\":\"" + Tokens.ISSUER + "\",\"aud\":\"" + Tokens.AUDIENCE
                + "\",\"upn\":\"tester\",\"groups\":[\"admin\"],\"exp\":" + exp + "}").getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }
}
