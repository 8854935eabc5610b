package org.casework.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.casework.support.Api.api;
import static org.casework.support.Api.as;
import static org.casework.support.Api.invalid;
import static org.casework.support.Fixtures.interaction;
import static org.casework.support.Fixtures.openCase;
import static org.casework.support.Fixtures.person;
import static org.casework.support.Fixtures.team;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.casework.support.Api;
import org.casework.support.AuditOutage;
import org.casework.support.Fixtures;
import org.casework.support.Fixtures.CaseContext;
import org.casework.support.TestClock;
import org.casework.support.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTest {

    /** DELETE answers no body or a problem; the contract validator wants the Accept header to allow the latter. */
    private static final String DELETE_ACCEPTS = "application/json, application/problem+json";

    @Inject
    EntityManager em;

    private static String requestId() {
        return "req-" + UUID.randomUUID();
    }

    /** The admin's view of the log for this query, first page. */
    private static List<Map<String, Object>> events(String query) {
        return api().get("/api/audit?" + query + "&limit=100").then().statusCode(200).extract().jsonPath()
                .getList("items");
    }

    private static List<Map<String, Object>> eventsOfRequest(String personId, String requestId) {
        return events("personId=" + personId).stream().filter(e -> requestId.equals(e.get("requestId"))).toList();
    }

    private static String usernameOf(String workerId) {
        return api().get("/api/workers/" + workerId).then().statusCode(200).extract().path("username");
    }

    @Test
    @SuppressWarnings("unchecked")
    void readingAPersonRecordsWhoReadWhomInWhichRequest() {
        String team = team();
        String person = person(team);
        String request = requestId();

        Map<String, Object> read = api().header("X-Request-Id", request).get("/api/people/" + person).then()
                .statusCode(200).extract().jsonPath().getMap("$");

        // the audit hooks are not part of the answer
        assertThat(read).doesNotContainKeys("personId", "auditId", "auditType");
        List<Map<String, Object>> events = eventsOfRequest(person, request);
        assertThat(events).hasSize(1);
        Map<String, Object> event = events.get(0);
        assertThat(event).containsEntry("action", "read").containsEntry("resourceType", "person")
                .containsEntry("resourceId", person).containsEntry("personId", person)
                .containsEntry("username", "tester").containsEntry("breakGlass", false)
                .containsEntry("purpose", null);
        assertThat(event.get("workerId")).isNotNull();
        assertThat((List<Object>) event.get("roles")).containsExactlyInAnyOrder("team-lead", "admin");
        // creating the person was recorded too
        assertThat(events("personId=" + person + "&action=create")).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("resourceType", "person"));
    }

    @Test
    void readingACaseRecordsTheCaseAndItsPerson() {
        CaseContext c = openCase();
        String request = requestId();

        api().header("X-Request-Id", request).get("/api/cases/" + c.caseId()).then().statusCode(200);

        assertThat(eventsOfRequest(c.personId(), request)).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("action", "read").containsEntry("resourceType", "case")
                .containsEntry("resourceId", c.caseId()));
    }

    @Test
    void readingAPageOfInteractionsRecordsEachOne() {
        String team = team();
        String worker = Fixtures.worker(team);
        String person = person(team);
        String caseId = Fixtures.openCase(person, team, worker, "2026-01-05T09:00:00Z");
        String first = interaction(caseId, worker, "2026-02-01T10:00:00Z", "made");
        String second = interaction(caseId, worker, "2026-02-03T10:00:00Z", "no-answer");
        String request = requestId();

        api().header("X-Request-Id", request).get("/api/cases/" + caseId + "/interactions").then().statusCode(200);

        List<Map<String, Object>> events = eventsOfRequest(person, request);
        assertThat(events).extracting(e -> e.get("resourceId")).containsExactlyInAnyOrder(first, second);
        assertThat(events).allSatisfy(e -> assertThat(e).containsEntry("action", "read")
                .containsEntry("resourceType", "interaction").containsEntry("personId", person));

        // the timeline's entries name no person: the one in the path is recorded
        String timelineRequest = requestId();
        api().header("X-Request-Id", timelineRequest).get("/api/people/" + person + "/timeline?kinds=interaction")
                .then().statusCode(200);
        assertThat(eventsOfRequest(person, timelineRequest))
                .extracting(e -> e.get("resourceType"), e -> e.get("resourceId"))
                .containsExactlyInAnyOrder(tuple("timeline-interaction", first), tuple("timeline-interaction", second));
    }

    @Test
    void removingSomeoneFromTheNetworkRecordsTheDeletion() {
        String person = person(team());
        var added = api().body(Map.of("name", "Bethan Evans", "relationship", "sibling"))
                .post("/api/people/" + person + "/network").then().statusCode(201).extract();
        String member = added.path("id");
        String request = requestId();

        api().header("X-Request-Id", request).header("If-Match", added.header("ETag")).accept(DELETE_ACCEPTS)
                .delete("/api/people/" + person + "/network/" + member).then().statusCode(204);

        assertThat(eventsOfRequest(person, request)).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("action", "delete").containsEntry("resourceType", "network-member")
                .containsEntry("resourceId", member));
        assertThat(events("personId=" + person + "&action=create")).extracting(e -> e.get("resourceType"))
                .contains("network-member");
    }

    @Test
    void theLogHoldsIdsButNeverThePersonalData() {
        String team = team();
        var body = Fixtures.personBody(team);
        String fullName = (String) body.get("fullName");
        String person = api().body(body).post("/api/people").then().statusCode(201).extract().path("id");
        api().header("X-Purpose", "Checking " + "the record").get("/api/people/" + person).then().statusCode(200);
        api().queryParam("name", fullName).get("/api/people").then().statusCode(200);
        String etag = Fixtures.etag("/api/people/" + person);
        body.put("whatMattersToMe", "Keeping my dog");
        api().header("If-Match", etag).body(body).put("/api/people/" + person).then().statusCode(200);

        assertThat(events("personId=" + person)).extracting(e -> e.get("action"))
                .contains("create", "read", "update");
        long mentioningTheName = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from audit_event e where cast(e as text) ilike '%' || :name || '%'"
                        + " or cast(e as text) ilike '%Keeping my dog%' or cast(e as text) like '%1988-03-14%'")
                .setParameter("name", fullName).getSingleResult()).longValue());
        assertThat(mentioningTheName).isZero();
    }

    @Test
    void anAdminReadingWithAPurposeIsRecordedAsBreakGlass() {
        String person = person(team());
        String admin = "auditor-" + UUID.randomUUID().toString().substring(0, 8);
        String request = requestId();

        String adminWorker = as(Fixtures.signedInAs(admin, "admin")).get("/api/me").then().statusCode(200)
                .extract().path("workerId");
        as(Tokens.of(admin, "admin")).header("X-Purpose", "Safeguarding review SG-42")
                .header("X-Request-Id", request).get("/api/people/" + person).then().statusCode(200);

        assertThat(events("username=" + admin)).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("personId", person).containsEntry("action", "read")
                .containsEntry("purpose", "Safeguarding review SG-42").containsEntry("breakGlass", true)
                .containsEntry("requestId", request).containsEntry("workerId", adminWorker)
                .containsEntry("roles", List.of("admin")));
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteTheLog() {
        String person = person(team());
        assertThat(events("personId=" + person)).isNotEmpty();

        for (String sql : List.of("update audit_event set purpose = 'tampered' where person_id = cast(:p as uuid)",
                "delete from audit_event where person_id = cast(:p as uuid)")) {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(sql)
                    .setParameter("p", person).executeUpdate())).isInstanceOf(Exception.class);
        }
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("truncate audit_event").executeUpdate())).isInstanceOf(Exception.class);
        assertThat(events("personId=" + person)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.get("purpose")).isNull());
    }

    @Test
    void theLogFiltersByPersonWorkerActionAndTimeAndPagesNewestFirst() {
        String team = team();
        String person = person(team);
        String worker = Fixtures.worker(team);
        String username = usernameOf(worker);
        String workerToken = Tokens.of(username, "worker");
        List<String> requests = new ArrayList<>();
        String start = TestClock.now().minusSeconds(1).toString();
        for (int i = 0; i < 3; i++) {
            String request = requestId();
            requests.add(request);
            as(workerToken).header("X-Request-Id", request).get("/api/people/" + person).then().statusCode(200);
        }

        List<String> seen = new ArrayList<>();
        String next = "/api/audit?personId=" + person + "&action=read&limit=1";
        while (next != null) {
            JsonPath page = api().get(next).then().statusCode(200).extract().jsonPath();
            assertThat(page.getList("items")).hasSize(1);
            seen.add(page.getString("items[0].requestId"));
            next = page.getString("next");
        }
        assertThat(seen).containsExactly(requests.get(2), requests.get(1), requests.get(0));

        assertThat(events("workerId=" + worker)).hasSize(3)
                .allSatisfy(e -> assertThat(e).containsEntry("username", username).containsEntry("workerId", worker)
                        .containsEntry("roles", List.of("worker")));
        assertThat(events("username=" + username.toUpperCase() + "&personId=" + person)).hasSize(3);
        assertThat(events("workerId=" + worker + "&action=update")).isEmpty();
        assertThat(events("workerId=" + worker + "&from=" + start)).hasSize(3);
        assertThat(events("workerId=" + worker + "&to=" + start)).isEmpty();
    }

    @Test
    void onlyAdminsReadTheLogAndTeamLeadsTheAccessLog() {
        String team = team();
        String person = person(team);
        String workerToken = Tokens.of(usernameOf(Fixtures.worker(team)), "worker");

        as(workerToken).get("/api/audit").then().statusCode(403);
        as(workerToken).get("/api/people/" + person + "/access-log").then().statusCode(403);
        Api.anonymous().get("/api/audit").then().statusCode(401);
    }

    @Test
    void badFiltersAreRefusedNamingTheParameter() {
        invalid().get("/api/audit?personId=nope").then().statusCode(400).body("errors[0].field", equalTo("personId"));
        invalid().get("/api/audit?workerId=12").then().statusCode(400).body("errors[0].field", equalTo("workerId"));
        invalid().get("/api/audit?action=peek").then().statusCode(400).body("errors[0].field", equalTo("action"));
        invalid().get("/api/audit?from=yesterday").then().statusCode(400).body("errors[0].field", equalTo("from"));
        api().get("/api/audit?from=2026-04-02T00:00:00Z&to=2026-04-01T00:00:00Z").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        api().get("/api/audit?cursor=bm9wZQ").then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        invalid().get("/api/audit?limit=0").then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void theAccessLogShowsWhoLookedAtThePersonAndIsNotItselfAudited() {
        String team = team();
        String person = person(team);
        String username = usernameOf(Fixtures.worker(team));
        as(Tokens.of(username, "worker")).get("/api/people/" + person).then().statusCode(200);
        int before = events("personId=" + person).size();

        JsonPath log = api().get("/api/people/" + person + "/access-log").then().statusCode(200).extract()
                .jsonPath();

        assertThat(log.getList("items.username", String.class)).first().isEqualTo(username);
        assertThat(log.getString("items[0].action")).isEqualTo("read");
        assertThat(log.getList("items.action", String.class)).contains("create");
        assertThat(events("personId=" + person)).hasSize(before);

        String admin = Fixtures.admin();
        as(admin).get("/api/people/" + person + "/access-log").then().statusCode(403);
        as(admin).header("X-Purpose", "Subject access request SAR-7").get("/api/people/" + person + "/access-log")
                .then().statusCode(200);
    }

    @Test
    void theAccessLogOfAnUnknownPersonIsNotFound() {
        api().get("/api/people/" + UUID.randomUUID() + "/access-log").then().statusCode(404);
    }

    /**
     * A 500 is in no operation of the contract, so this call bypasses the contract filter: it proves that a
     * record whose trace cannot be written is not served.
     */
    @Test
    void personalDataIsNotServedWhenItsTraceCannotBeWritten() {
        var body = Fixtures.personBody(team());
        String person = api().body(body).post("/api/people").then().statusCode(201).extract().path("id");
        AuditOutage.whileAuditRefuses(em, () -> {
            var response = RestAssured.given().auth().oauth2(Api.testerToken()).accept("application/json")
                    .get("/api/people/" + person);

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.header("ETag")).isNull();
            assertThat(response.asString()).doesNotContain((String) body.get("fullName"));
        });
        api().get("/api/people/" + person).then().statusCode(200);
    }
}
