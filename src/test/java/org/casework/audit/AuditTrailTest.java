package org.casework.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.support.Api.api;
import static org.casework.support.Api.as;
import static org.casework.support.Api.invalidAs;
import static org.casework.support.Fixtures.person;
import static org.casework.support.Fixtures.signedIn;
import static org.casework.support.Fixtures.team;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.casework.support.Api;
import org.casework.support.AuditOutage;
import org.casework.support.Fixtures;
import org.casework.support.ResourceIndex;
import org.junit.jupiter.api.Test;

/**
 * A change and its audit event commit together or not at all; admin actions are audited; every refused request
 * leaves a security event; X-Purpose is bounded.
 */
@QuarkusTest
class AuditTrailTest {

    @Inject
    EntityManager em;

    private static List<Map<String, Object>> events(String query) {
        return api().get("/api/audit?" + query + "&limit=100").then().statusCode(200).extract().jsonPath()
                .getList("items");
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    @Test
    void everyResourceRunsInOneTransactionWithItsAuditEvents() throws Exception {
        assertThat(ResourceIndex.operations()).filteredOn(operation -> !operation.audited())
                .extracting(ResourceIndex.Operation::key).isEmpty();
    }

    /** Before, the event was written after the commit: the write stayed stored without its trace. */
    @Test
    void aWriteWhoseAuditEventCannotBeWrittenIsNotStored() {
        String team = team();
        Map<String, Object> body = Fixtures.personBody(team);
        long people = count("select count(*) from person");
        AuditOutage.whileAuditRefuses(em, () -> {
            var response = RestAssured.given().auth().oauth2(Api.testerToken()).contentType("application/json")
                    .accept("application/json").body(body).post("/api/people");
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.header("Location")).isNull();
        });
        assertThat(count("select count(*) from person")).isEqualTo(people);
        String stored = api().body(body).post("/api/people").then().statusCode(201).extract().path("id");
        assertThat(events("personId=" + stored)).extracting(e -> e.get("action")).containsExactly("create");
    }

    @Test
    void adminActionsAreAudited() {
        String team = team();
        String username = "new.admin." + UUID.randomUUID().toString().substring(0, 8);
        var created = api().body(Map.of("username", username, "displayName", "New admin", "roles", List.of("worker"),
                "teamIds", List.of(team))).post("/api/workers").then().statusCode(201).extract();
        String workerId = created.path("id");
        api().header("If-Match", created.header("ETag")).body(Map.of("username", username, "displayName", "New admin",
                "roles", List.of("admin", "worker"), "teamIds", List.of(team), "active", false))
                .put("/api/workers/" + workerId).then().statusCode(200);

        List<Map<String, Object>> workerEvents = events("username=tester").stream()
                .filter(e -> workerId.equals(e.get("resourceId"))).toList();
        assertThat(workerEvents).extracting(e -> e.get("action"), e -> e.get("resourceType"), e -> e.get("detail"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("update", "worker",
                                "roles [worker]→[worker,admin]; active true→false"),
                        org.assertj.core.groups.Tuple.tuple("create", "worker",
                                "roles []→[worker]; active →true; teams []→[" + team + "]"));
        assertThat(workerEvents).allSatisfy(e -> assertThat(e.get("personId")).isNull());

        String etag = Fixtures.etag("/api/teams/" + team);
        api().header("If-Match", etag).body(Map.of("name", Fixtures.unique("Renamed team"))).put("/api/teams/" + team)
                .then().statusCode(200);
        String target = Fixtures.target(team, "offers-accepted", null, "at-least", 50, "year");
        String code = "trail-" + UUID.randomUUID().toString().substring(0, 8);
        api().body(Map.of("code", code, "name", "Trail scale", "scoringRule", "sum", "scoreDirection",
                "higher-is-better", "meaningfulChange", 1, "items", List.of(Map.of("code", "sleep", "text", "Sleep?",
                        "scaleMin", 0, "scaleMax", 3, "direction", "higher-is-better")), "bands", List.of()))
                .post("/api/instruments").then().statusCode(201);

        List<Map<String, Object>> recent = events("username=tester");
        assertThat(recent).anySatisfy(e -> assertThat(e).containsEntry("resourceType", "team")
                .containsEntry("resourceId", team).containsEntry("action", "update"));
        assertThat(recent).anySatisfy(e -> assertThat(e).containsEntry("resourceType", "target")
                .containsEntry("resourceId", target).containsEntry("action", "create"));
        assertThat(recent).anySatisfy(e -> assertThat(e).containsEntry("resourceType", "instrument")
                .containsEntry("action", "create"));
    }

    @Test
    void refusedRequestsAreKeptAsSecurityEventsWithoutTheirValues() {
        String team = team();
        String person = person(team);
        String otherTeamWorker = signedIn("worker", team());
        String worker = signedIn("worker", team);
        String request = "sec-" + UUID.randomUUID();

        RestAssured.given().header("X-Request-Id", request + "-401").get("/api/people/" + person).then()
                .statusCode(401);
        invalidAs(worker).header("X-Request-Id", request + "-403").get("/api/audit").then().statusCode(403);
        invalidAs(otherTeamWorker).header("X-Request-Id", request + "-404").get("/api/people/" + person).then()
                .statusCode(404);
        invalidAs(worker).header("X-Request-Id", request + "-412").header("If-Match", "\"999\"")
                .body(Fixtures.personBody(team)).put("/api/people/" + person).then().statusCode(412);
        invalidAs(worker).header("X-Request-Id", request + "-400")
                .get("/api/people?name=Secret%20Name&dateOfBirth=not-a-date").then().statusCode(400);

        List<Map<String, Object>> events = api().get("/api/security-events?limit=100").then().statusCode(200)
                .extract().jsonPath().getList("items");
        List<Map<String, Object>> mine = events.stream()
                .filter(e -> String.valueOf(e.get("requestId")).startsWith(request)).toList();
        assertThat(mine).extracting(e -> e.get("status")).containsExactlyInAnyOrder(401, 403, 404, 412, 400);
        assertThat(mine).filteredOn(e -> e.get("status").equals(401)).singleElement()
                .satisfies(e -> assertThat(e.get("username")).isNull());
        assertThat(mine).filteredOn(e -> e.get("status").equals(404)).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("path", "/api/people/" + person)
                        .containsEntry("problemType", "urn:casework:problem:not-found"));
        assertThat(mine).filteredOn(e -> e.get("status").equals(400)).singleElement()
                .satisfies(e -> assertThat(e.get("queryParameters")).isEqualTo(List.of("dateOfBirth", "name")));
        assertThat(count("select count(*) from security_event where cast(security_event as text) like '%Secret%'"))
                .isZero();

        invalidAs(worker).get("/api/security-events").then().statusCode(403);

        // a path or parameter name holding U+0000 is refused, and the refusal is kept (it was lost: PostgreSQL's text
        // cannot hold U+0000, so the event's insert failed)
        String nul = "nul-" + UUID.randomUUID();
        invalidAs(worker).header("X-Request-Id", nul).urlEncodingEnabled(false)
                .get("/api/instruments/swem%00wbs?x%00y=1").then().statusCode(400);
        assertThat(api().get("/api/security-events?limit=100").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("items").stream().filter(e -> nul.equals(e.get("requestId"))).toList())
                .singleElement().satisfies(e -> assertThat(e).containsEntry("path", "/api/instruments/swem\uFFFDwbs")
                        .containsEntry("queryParameters", List.of("x\uFFFDy")));
    }

    @Test
    void aPurposeIsBoundedAndStoredAsGiven() {
        String person = person(team());
        String admin = Fixtures.admin();
        String accessLog = "/api/people/" + person + "/access-log";
        invalidAs(admin).header("X-Purpose", "x".repeat(201)).get(accessLog).then().statusCode(400)
                .body("errors[0].in", equalTo("header")).body("errors[0].field", equalTo("X-Purpose"));
        as(admin).header("X-Purpose", "SAR-" + "7".repeat(196)).get(accessLog).then().statusCode(200);
    }

    @Test
    void apiResponsesAreNeitherCachedNorSniffed() {
        api().get("/api/teams").then().statusCode(200).header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff");
        RestAssured.given().get("/api/teams").then().statusCode(401).header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff");
    }
}
