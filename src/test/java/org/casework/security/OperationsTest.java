package org.casework.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.support.Api.as;
import static org.casework.support.Api.invalidAs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;

import org.casework.support.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The operational promises, on an application started with a small rate limit: 429 per caller with
 * Retry-After, metrics for Prometheus, compressed responses, and no CORS unless configured.
 */
@QuarkusTest
@TestProfile(OperationsTest.SmallRateLimit.class)
class OperationsTest {

    public static class SmallRateLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("casework.rate-limit.requests-per-minute", "60", "casework.rate-limit.burst", "30");
        }
    }

    @Test
    void aCallerOverTheLimitIsToldToWaitAndOtherCallersAreNot() {
        String team = Fixtures.team();
        String busy = Fixtures.signedIn("worker", team);
        String calm = Fixtures.signedIn("worker", team);
        List<Integer> statuses = new ArrayList<>();
        Response limited = null;
        for (int i = 0; i < 40 && limited == null; i++) {
            Response response = invalidAs(busy).get("/api/me");
            statuses.add(response.statusCode());
            if (response.statusCode() == 429) {
                limited = response;
            }
        }
        assertThat(statuses.subList(0, 29)).containsOnly(200);
        assertThat(limited).as("a 429 within 40 requests").isNotNull();
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 2);
        assertThat(limited.<String>path("type")).isEqualTo("urn:casework:problem:too-many-requests");
        as(calm).get("/api/me").then().statusCode(200);
        // and the refusal is kept and counted
        String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("casework_requests_refused_total{status=\"429\"}");
    }

    @Test
    void metricsCoverRoutesAndTheDatabasePool() {
        as(Fixtures.signedIn("worker", Fixtures.team())).get("/api/me").then().statusCode(200);
        String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("http_server_requests_seconds_count").contains("uri=\"/api/me\"")
                .contains("agroal_active_count");
    }

    @Test
    void responsesAreCompressedForClientsThatAcceptIt() {
        String token = Fixtures.signedIn("worker", Fixtures.team());
        Response response = RestAssured.given().auth().oauth2(token).header("Accept-Encoding", "gzip")
                .get("/api/reference/issue-category");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Content-Encoding")).isEqualTo("gzip");
    }

    @Test
    void corsIsOffUnlessConfigured() {
        Response preflight = RestAssured.given().header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "GET").options("/api/teams");
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
    }
}
