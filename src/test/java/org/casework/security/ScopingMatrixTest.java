package org.casework.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.support.Api.api;
import static org.casework.support.Api.invalidAs;
import static org.casework.support.Fixtures.etag;
import static org.casework.support.Fixtures.interaction;
import static org.casework.support.Fixtures.interactionBody;
import static org.casework.support.Fixtures.openCase;
import static org.casework.support.Fixtures.person;
import static org.casework.support.Fixtures.personBody;
import static org.casework.support.Fixtures.signedIn;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Fixtures.worker;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.TreeSet;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;

import org.casework.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the contract, called by a team lead of another team on one team's records: each answers as
 * if the record did not exist (404), or refuses a body naming it (400), or leaves it out of a list, and nothing
 * changes. A new operation must be added to {@link #calls()}, or this test fails.
 */
@QuarkusTest
class ScopingMatrixTest {

    private static final String NOW = TestClock.now().minusHours(1).toString();

    /** One team's whole record of a person. */
    private String teamA;
    private String keyWorker;
    private String colleague;
    private String personId;
    private String memberId;
    private String caseId;
    private String interactionId;
    private String referralId;
    private String offerId;
    private String momentId;
    private String assessmentId;
    private String targetId;
    private String outsider;

    @BeforeEach
    void oneTeamsRecord() {
        teamA = team();
        keyWorker = worker(teamA);
        colleague = worker(teamA);
        personId = person(teamA);
        memberId = api().body(Map.of("name", "Mam", "relationship", "parent"))
                .post("/api/people/" + personId + "/network").then().statusCode(201).extract().path("id");
        caseId = openCase(personId, teamA, keyWorker, TestClock.now().minusDays(3).toString());
        interactionId = interaction(caseId, keyWorker, NOW, "made");
        referralId = api().body(Map.of("caseId", caseId, "toAgency", "Shelter Cymru", "reason", "Legal advice",
                "sentByWorkerId", keyWorker)).post("/api/referrals").then().statusCode(201).extract().path("id");
        offerId = api().body(Map.of("caseId", caseId, "offerType", "temporary-accommodation",
                "description", "Room at Ty Gwyn", "offeredByWorkerId", keyWorker))
                .post("/api/offers").then().statusCode(201).extract().path("id");
        momentId = api().body(momentBody()).post("/api/cases/" + caseId + "/moments")
                .then().statusCode(201).extract().path("id");
        assessmentId = api().body(ons4Assessment()).post("/api/cases/" + caseId + "/assessments")
                .then().statusCode(201).extract().path("id");
        targetId = api().body(targetBody()).post("/api/teams/" + teamA + "/targets")
                .then().statusCode(201).extract().path("id");
        // a team lead of another team, so no role check stands in the way: only scope does
        outsider = signedIn("team-lead", team());
    }

    private static Map<String, Object> momentBody() {
        return Map.of("occurredAt", NOW, "type", "trust-built", "observer", "worker",
                "whatHappened", "Told me about her brother", "domains", List.of("physical-mental-health"));
    }

    /** How the outsider calls each operation: path, body, and what must come back. */
    private record Call(String path, Object body, int status) {
    }

    private Map<String, Call> calls() {
        Map<String, Call> calls = new LinkedHashMap<>();
        String person = "/api/people/" + personId;
        String caseP = "/api/cases/" + caseId;
        calls.put("GET /api/people", new Call("/api/people?name=" + "Joanna", null, 200));
        calls.put("POST /api/people", new Call("/api/people", personBody(teamA), 400));
        calls.put("GET /api/people/{personId}", new Call(person, null, 404));
        calls.put("PUT /api/people/{personId}", new Call(person, personBody(teamA), 404));
        calls.put("GET /api/people/{personId}/network", new Call(person + "/network", null, 404));
        calls.put("POST /api/people/{personId}/network",
                new Call(person + "/network", Map.of("name", "X", "relationship", "friend"), 404));
        calls.put("GET /api/people/{personId}/network/{memberId}", new Call(person + "/network/" + memberId, null, 404));
        calls.put("PUT /api/people/{personId}/network/{memberId}", new Call(person + "/network/" + memberId,
                Map.of("name", "X", "relationship", "friend"), 404));
        calls.put("DELETE /api/people/{personId}/network/{memberId}",
                new Call(person + "/network/" + memberId, null, 404));
        calls.put("GET /api/people/{personId}/timeline", new Call(person + "/timeline", null, 404));
        calls.put("GET /api/people/{personId}/continuity", new Call(person + "/continuity", null, 404));
        calls.put("GET /api/people/{personId}/presentations", new Call(person + "/presentations", null, 404));
        calls.put("GET /api/dashboards/repeat-presentations",
                new Call("/api/dashboards/repeat-presentations?team=" + teamA, null, 400));
        calls.put("GET /api/people/{personId}/export", new Call(person + "/export", null, 404));
        calls.put("GET /api/people/{personId}/access-log", new Call(person + "/access-log", null, 404));
        calls.put("GET /api/audit", new Call("/api/audit?personId=" + personId, null, 403));
        calls.put("GET /api/security-events", new Call("/api/security-events", null, 403));
        // the caller's own record only: nothing of another team's in it
        calls.put("GET /api/me", new Call("/api/me", null, 200));
        // the change feed: none of the other team's changes
        calls.put("GET /api/changes", new Call("/api/changes?limit=100", null, 200));
        // webhooks are admins' alone, whatever the team
        String webhook = "/api/webhooks/" + UUID.randomUUID();
        calls.put("GET /api/webhooks", new Call("/api/webhooks", null, 403));
        calls.put("POST /api/webhooks", new Call("/api/webhooks", Map.of("url", "https://crm.example.org/hook",
                "eventTypes", List.of("*"), "teamIds", List.of(teamA)), 403));
        calls.put("GET /api/webhooks/{webhookId}", new Call(webhook, null, 403));
        calls.put("PUT /api/webhooks/{webhookId}", new Call(webhook, Map.of("url", "https://crm.example.org/hook",
                "eventTypes", List.of("*"), "teamIds", List.of(teamA)), 403));
        calls.put("DELETE /api/webhooks/{webhookId}", new Call(webhook, null, 403));
        calls.put("GET /api/webhooks/{webhookId}/deliveries", new Call(webhook + "/deliveries", null, 403));
        calls.put("GET /api/webhooks/{webhookId}/deliveries/{deliveryId}",
                new Call(webhook + "/deliveries/" + UUID.randomUUID(), null, 403));
        calls.put("POST /api/webhooks/{webhookId}/deliveries/{deliveryId}/replay",
                new Call(webhook + "/deliveries/" + UUID.randomUUID() + "/replay", null, 403));
        // imports are their poster's alone; each line is scoped as the single-record API is (ImportTest)
        String testersImport = api().contentType("application/x-ndjson")
                .body("{}\n".getBytes(StandardCharsets.UTF_8)).queryParam("recordType", "interactions")
                .post("/api/imports").then().statusCode(202).extract().path("id");
        calls.put("GET /api/imports", new Call("/api/imports?limit=100", null, 200));
        calls.put("POST /api/imports", new Call("/api/imports?recordType=interactions",
                "{\"caseId\": \"" + caseId + "\"}\n", 202));
        calls.put("GET /api/imports/{importId}", new Call("/api/imports/" + testersImport, null, 404));
        calls.put("GET /api/imports/{importId}/problems",
                new Call("/api/imports/" + testersImport + "/problems", null, 404));
        // erasure is for admins only, whatever the team
        calls.put("POST /api/people/{personId}/erase", new Call(person + "/erase", Map.of("reason", "Asked"), 403));
        calls.put("GET /api/cases", new Call("/api/cases?personId=" + personId, null, 200));
        calls.put("POST /api/cases", new Call("/api/cases",
                Map.of("personId", personId, "teamId", teamA, "keyWorkerId", keyWorker), 400));
        calls.put("GET /api/cases/{caseId}", new Call(caseP, null, 404));
        calls.put("PUT /api/cases/{caseId}", new Call(caseP, Map.of("summary", "Changed"), 404));
        calls.put("POST /api/cases/{caseId}/closure", new Call(caseP + "/closure", Map.of("reason", "goals-met"), 404));
        calls.put("GET /api/cases/{caseId}/handovers", new Call(caseP + "/handovers", null, 404));
        calls.put("POST /api/cases/{caseId}/handovers",
                new Call(caseP + "/handovers", Map.of("toWorkerId", colleague, "reason", "Leave"), 404));
        calls.put("GET /api/cases/{caseId}/interactions", new Call(caseP + "/interactions", null, 404));
        calls.put("POST /api/cases/{caseId}/interactions",
                new Call(caseP + "/interactions", interactionBody(keyWorker, NOW, "made"), 404));
        calls.put("GET /api/cases/{caseId}/interactions/{interactionId}",
                new Call(caseP + "/interactions/" + interactionId, null, 404));
        calls.put("PUT /api/cases/{caseId}/interactions/{interactionId}",
                new Call(caseP + "/interactions/" + interactionId, interactionBody(keyWorker, NOW, "made"), 404));
        calls.put("GET /api/cases/{caseId}/continuity", new Call(caseP + "/continuity", null, 404));
        calls.put("GET /api/cases/{caseId}/rating-gaps", new Call(caseP + "/rating-gaps", null, 404));
        calls.put("GET /api/workers/{workerId}/caseload", new Call("/api/workers/" + keyWorker + "/caseload", null, 404));
        calls.put("GET /api/workers/{workerId}/follow-ups",
                new Call("/api/workers/" + keyWorker + "/follow-ups", null, 404));
        calls.put("GET /api/referrals", new Call("/api/referrals?caseId=" + caseId, null, 200));
        calls.put("POST /api/referrals", new Call("/api/referrals", Map.of("caseId", caseId, "toAgency", "Food bank",
                "reason", "Food", "sentByWorkerId", keyWorker), 400));
        calls.put("GET /api/referrals/{referralId}", new Call("/api/referrals/" + referralId, null, 404));
        calls.put("POST /api/referrals/{referralId}/status",
                new Call("/api/referrals/" + referralId + "/status", Map.of("status", "acknowledged"), 404));
        calls.put("GET /api/offers", new Call("/api/offers?personId=" + personId, null, 200));
        calls.put("POST /api/offers", new Call("/api/offers", Map.of("caseId", caseId, "offerType",
                "social-tenancy", "description", "Flat", "offeredByWorkerId", keyWorker), 400));
        calls.put("GET /api/offers/{offerId}", new Call("/api/offers/" + offerId, null, 404));
        calls.put("POST /api/offers/{offerId}/response",
                new Call("/api/offers/" + offerId + "/response", Map.of("response", "accepted"), 404));
        calls.put("POST /api/offers/{offerId}/withdrawal",
                new Call("/api/offers/" + offerId + "/withdrawal", Map.of("reason", "Gone"), 404));
        // the directory of teams and workers and the reference data are not personal data about people
        calls.put("GET /api/teams", new Call("/api/teams", null, 200));
        calls.put("POST /api/teams", new Call("/api/teams", Map.of("name", "Mine now"), 403));
        calls.put("GET /api/teams/{teamId}", new Call("/api/teams/" + teamA, null, 200));
        calls.put("GET /api/teams/{teamId}/soft-outcomes", new Call("/api/teams/" + teamA + "/soft-outcomes", null, 404));
        calls.put("PUT /api/teams/{teamId}", new Call("/api/teams/" + teamA, Map.of("name", "Mine now"), 403));
        calls.put("GET /api/workers", new Call("/api/workers", null, 200));
        calls.put("POST /api/workers", new Call("/api/workers", Map.of("username", "x", "displayName", "X",
                "roles", List.of("admin"), "teamIds", List.of(teamA)), 403));
        calls.put("GET /api/workers/{workerId}", new Call("/api/workers/" + keyWorker, null, 200));
        calls.put("PUT /api/workers/{workerId}", new Call("/api/workers/" + keyWorker, Map.of("username", "x",
                "displayName", "X", "roles", List.of("admin"), "teamIds", List.of(teamA)), 403));
        calls.put("GET /api/reference", new Call("/api/reference", null, 200));
        calls.put("GET /api/reference/{vocabulary}", new Call("/api/reference/channel", null, 200));
        // identifier systems are reference data too, added to by admins only
        calls.put("GET /api/identifier-systems", new Call("/api/identifier-systems", null, 200));
        calls.put("POST /api/identifier-systems", new Call("/api/identifier-systems",
                Map.of("code", "mine-now", "labelEn", "Mine now", "labelCy", "Fy un i nawr"), 403));
        calls.put("GET /api/identifier-systems/{code}", new Call("/api/identifier-systems/nhs-number", null, 200));
        calls.put("GET /api/cases/{caseId}/moments", new Call(caseP + "/moments", null, 404));
        calls.put("POST /api/cases/{caseId}/moments", new Call(caseP + "/moments", momentBody(), 404));
        calls.put("GET /api/cases/{caseId}/moments/{momentId}", new Call(caseP + "/moments/" + momentId, null, 404));
        calls.put("PUT /api/cases/{caseId}/moments/{momentId}",
                new Call(caseP + "/moments/" + momentId, momentBody(), 404));
        // instruments are reference data, read by everyone and defined by admins only
        Map<String, Object> definition = Map.of("name", "Mine now", "scoringRule", "sum",
                "scoreDirection", "higher-is-better", "meaningfulChange", 1, "items", List.of(Map.of("code", "a",
                        "text", "A", "scaleMin", 0, "scaleMax", 3, "direction", "higher-is-better")));
        Map<String, Object> newInstrument = new LinkedHashMap<>(definition);
        newInstrument.put("code", "mine-now");
        calls.put("GET /api/instruments", new Call("/api/instruments", null, 200));
        calls.put("POST /api/instruments", new Call("/api/instruments", newInstrument, 403));
        calls.put("GET /api/instruments/{code}", new Call("/api/instruments/ons4", null, 200));
        calls.put("POST /api/instruments/{code}/versions", new Call("/api/instruments/ons4/versions", definition, 403));
        calls.put("GET /api/instruments/{code}/versions/{version}",
                new Call("/api/instruments/ons4/versions/1", null, 200));
        calls.put("GET /api/cases/{caseId}/assessments", new Call(caseP + "/assessments", null, 404));
        calls.put("POST /api/cases/{caseId}/assessments", new Call(caseP + "/assessments", ons4Assessment(), 404));
        calls.put("GET /api/cases/{caseId}/assessments/{assessmentId}",
                new Call(caseP + "/assessments/" + assessmentId, null, 404));
        calls.put("GET /api/cases/{caseId}/distance-travelled", new Call(caseP + "/distance-travelled", null, 404));
        calls.put("GET /api/people/{personId}/distance-travelled",
                new Call(person + "/distance-travelled", null, 404));
        // a team's targets and scorecard: another team's are not found, whether reading or writing
        String targets = "/api/teams/" + teamA + "/targets";
        calls.put("GET /api/target-metrics", new Call("/api/target-metrics", null, 200));
        calls.put("GET /api/teams/{teamId}/targets", new Call(targets, null, 404));
        calls.put("POST /api/teams/{teamId}/targets", new Call(targets, targetBody(), 404));
        calls.put("GET /api/teams/{teamId}/targets/{targetId}", new Call(targets + "/" + targetId, null, 404));
        calls.put("PUT /api/teams/{teamId}/targets/{targetId}",
                new Call(targets + "/" + targetId, targetBody(), 404));
        calls.put("DELETE /api/teams/{teamId}/targets/{targetId}", new Call(targets + "/" + targetId, null, 404));
        calls.put("GET /api/teams/{teamId}/scorecard", new Call("/api/teams/" + teamA + "/scorecard", null, 404));
        calls.put("GET /api/teams/{teamId}/workload", new Call("/api/teams/" + teamA + "/workload", null, 404));
        return calls;
    }

    private static Map<String, Object> targetBody() {
        return Map.of("metric", "offers-accepted", "comparator", "at-least", "threshold", 50, "period", "quarter");
    }

    private static Map<String, Object> ons4Assessment() {
        return Map.of("instrument", "ons4", "respondent", "self", "answers", List.of(
                Map.of("item", "life-satisfaction", "value", 6), Map.of("item", "worthwhile", "value", 7),
                Map.of("item", "happiness", "value", 5), Map.of("item", "anxiety", "value", 4)));
    }

    @Test
    void anotherTeamCanNeitherSeeNorChangeAnythingAndEveryOperationIsCovered() {
        Map<String, String> before = snapshot();
        Map<String, Call> calls = calls();

        var contract = new OpenAPIV3Parser().read("openapi.yaml");
        TreeSet<String> operations = new TreeSet<>();
        contract.getPaths().forEach((path, item) -> item.readOperationsMap().keySet()
                .forEach((PathItem.HttpMethod method) -> operations.add(method + " " + path)));
        assertThat(calls.keySet()).as("every operation of openapi.yaml has a scoping case here")
                .containsExactlyInAnyOrderElementsOf(operations);

        List<String> wrong = new ArrayList<>();
        calls.forEach((operation, call) -> {
            String method = operation.substring(0, operation.indexOf(' '));
            var request = invalidAs(outsider).header("If-Match", "\"0\"");
            if (call.body() instanceof String file) {
                request.contentType("application/x-ndjson").body(file.getBytes(StandardCharsets.UTF_8));
            } else if (call.body() != null) {
                request.body(call.body());
            }
            Response response = request.request(method, call.path());
            if (response.statusCode() != call.status()) {
                wrong.add(operation + " answered " + response.statusCode() + ", expected " + call.status());
            } else if (call.status() == 200 && method.equals("GET") && response.asString().contains(personId)) {
                wrong.add(operation + " listed the other team's person");
            } else if (call.status() == 200 && call.path().contains("?")
                    && !String.valueOf((Object) response.path("items")).equals("[]")) {
                wrong.add(operation + " listed the other team's records: " + response.asString());
            }
        });
        assertThat(wrong).isEmpty();
        assertThat(snapshot()).as("nothing changed").isEqualTo(before);
    }

    private Map<String, String> snapshot() {
        Map<String, String> state = new LinkedHashMap<>();
        for (String path : List.of("/api/people/" + personId, "/api/people/" + personId + "/network/" + memberId,
                "/api/cases/" + caseId, "/api/cases/" + caseId + "/interactions?limit=100",
                "/api/cases/" + caseId + "/handovers", "/api/referrals/" + referralId, "/api/offers/" + offerId,
                "/api/cases/" + caseId + "/moments?limit=100", "/api/cases/" + caseId + "/moments/" + momentId,
                "/api/people/" + personId + "/network", "/api/teams/" + teamA, "/api/workers/" + keyWorker,
                "/api/referrals?caseId=" + caseId, "/api/offers?caseId=" + caseId,
                "/api/cases/" + caseId + "/assessments?limit=100", "/api/instruments/ons4",
                "/api/teams/" + teamA + "/targets")) {
            state.put(path, api().get(path).then().statusCode(200).extract().asString());
        }
        state.put("etag", etag("/api/cases/" + caseId));
        return state;
    }
}
