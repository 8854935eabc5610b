package org.casework.moments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.support.Api.api;
import static org.casework.support.Api.as;
import static org.casework.support.Api.invalid;
import static org.casework.support.Api.invalidAs;
import static org.casework.support.Fixtures.etag;
import static org.casework.support.Fixtures.openCase;
import static org.casework.support.Fixtures.person;
import static org.casework.support.Fixtures.signedIn;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Fixtures.worker;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.casework.support.Fixtures.CaseContext;
import org.casework.support.TestClock;
import org.casework.support.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MomentResourceTest {

    /** Whole seconds, so the inclusive bounds of a filter meet stored times exactly. */
    // whole seconds, but never :00, which toString() would print without seconds (not a valid date-time)
    private static final OffsetDateTime NOW = TestClock.now().truncatedTo(ChronoUnit.MINUTES)
            .minusMinutes(1).withSecond(17);

    /** A case opened some days ago, so moments can be placed in its past. */
    static CaseContext caseOpenedDaysAgo(int days) {
        String team = team();
        String worker = worker(team);
        String person = person(team);
        return new CaseContext(team, person, worker, openCase(person, team, worker, NOW.minusDays(days).toString()));
    }

    /** A moment body with the required fields; tests add or change the rest. */
    static Map<String, Object> momentBody(String occurredAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("occurredAt", occurredAt);
        body.put("type", "trust-built");
        body.put("observer", "worker");
        body.put("whatHappened", "Told me about her brother for the first time");
        body.put("domains", List.of("domestic-family-personal-relationships"));
        return body;
    }

    static String moments(CaseContext c) {
        return "/api/cases/" + c.caseId() + "/moments";
    }

    @Test
    void recordingAMomentKeepsThePersonsWordsTheDomainsAndWhoRecordedIt() {
        CaseContext c = caseOpenedDaysAgo(60);
        // a worker of the team, signed in: the author comes from the token, not the body
        String username = "w." + UUID.randomUUID().toString().substring(0, 12);
        String author = api().body(Map.of("username", username, "displayName", "Ffion Hughes", "roles", List.of("worker"),
                "teamIds", List.of(c.teamId()))).post("/api/workers").then().statusCode(201).extract().path("id");
        Map<String, Object> body = momentBody(NOW.minusDays(3).toString());
        body.put("type", "step-towards-independence");
        body.put("observer", "person");
        body.put("whatHappened", "I got the bus to the jobcentre on my own. First time since the hospital.");
        body.put("inTheirWords", true);
        body.put("domains", List.of("social-economic-wellbeing", "physical-mental-health"));

        String location = as(Tokens.of(username, "worker")).body(body).post(moments(c))
                .then().statusCode(201).header("ETag", "\"0\"")
                .body("caseId", equalTo(c.caseId())).body("personId", equalTo(c.personId()))
                .body("teamId", equalTo(c.teamId())).body("recordedByWorkerId", equalTo(author))
                .body("recordedAt", notNullValue()).body("version", equalTo(0))
                .extract().header("Location");
        assertThat(location).contains(moments(c) + "/");

        api().get(location).then().statusCode(200).header("ETag", "\"0\"")
                .body("id", equalTo(location.substring(location.lastIndexOf('/') + 1)))
                .body("type", equalTo("step-towards-independence")).body("observer", equalTo("person"))
                .body("whatHappened", equalTo("I got the bus to the jobcentre on my own. First time since the hospital."))
                .body("inTheirWords", equalTo(true))
                .body("domains", contains("physical-mental-health", "social-economic-wellbeing"))
                .body("recordedByWorkerId", equalTo(author))
                .body("occurredAt", TimelineMatchers.sameInstant(body.get("occurredAt").toString()));
    }

    @Test
    void inTheirWordsDefaultsToFalse() {
        CaseContext c = caseOpenedDaysAgo(10);
        api().body(momentBody(NOW.minusDays(1).toString())).post(moments(c)).then().statusCode(201)
                .body("inTheirWords", equalTo(false));
    }

    @Test
    void aMomentMustFallWithinTheCase() {
        CaseContext c = caseOpenedDaysAgo(10);
        api().body(momentBody(NOW.minusDays(11).toString())).post(moments(c)).then().statusCode(400)
                .body("errors[0].field", equalTo("occurredAt"));
        invalid().body(momentBody(NOW.plusDays(1).toString())).post(moments(c)).then().statusCode(400)
                .body("errors[0].field", equalTo("occurredAt"));

        String kept = api().body(momentBody(NOW.minusDays(5).toString())).post(moments(c)).then().statusCode(201)
                .extract().path("id");
        api().header("If-Match", etag("/api/cases/" + c.caseId()))
                .body(Map.of("reason", "goals-met", "closedAt", NOW.minusDays(2).toString()))
                .post("/api/cases/" + c.caseId() + "/closure").then().statusCode(200);
        api().body(momentBody(NOW.minusDays(1).toString())).post(moments(c)).then().statusCode(409)
                .contentType("application/problem+json").body("errors[0].field", equalTo("occurredAt"));
        api().header("If-Match", "\"0\"").body(momentBody(NOW.minusDays(1).toString()))
                .put(moments(c) + "/" + kept).then().statusCode(409).body("errors[0].field", equalTo("occurredAt"));
        // recording late a moment that happened while the case was open is fine
        api().body(momentBody(NOW.minusDays(4).toString())).post(moments(c)).then().statusCode(201);
    }

    @Test
    void everyInvalidFieldIsNamedAndNothingIsStored() {
        CaseContext c = caseOpenedDaysAgo(30);
        String at = NOW.minusDays(2).toString();
        Map<String, Map<String, Object>> bad = new java.util.LinkedHashMap<>();
        bad.put("type", with(at, "type", "felt-better"));
        bad.put("observer", with(at, "observer", "neighbour"));
        bad.put("domains[1]", with(at, "domains", List.of("physical-mental-health", "happiness")));
        bad.put("domains[0]", with(at, "domains", List.of("housing")));
        bad.put("domains", with(at, "domains", List.of()));
        bad.put("whatHappened", with(at, "whatHappened", "x".repeat(4001)));
        bad.put("recordedByWorkerId", with(at, "recordedByWorkerId", UUID.randomUUID().toString()));
        bad.put("recordedAt", with(at, "recordedAt", at));
        bad.put("id", with(at, "id", UUID.randomUUID().toString()));
        bad.put("inTheirWords", with(at, "inTheirWords", "maybe"));
        bad.forEach((field, body) -> invalid().body(body).post(moments(c)).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains(field)));

        // a domain twice is named at its second place
        invalid().body(with(at, "domains", List.of("securing-rights", "contribution-to-society", "securing-rights")))
                .post(moments(c)).then().statusCode(400).body("errors.field", contains("domains[2]"));
        invalid().body(with(at, "whatHappened", "   ")).post(moments(c)).then().statusCode(400)
                .body("errors.field", contains("whatHappened"));
        for (String required : List.of("occurredAt", "type", "observer", "whatHappened", "domains")) {
            Map<String, Object> body = momentBody(at);
            body.remove(required);
            invalid().body(body).post(moments(c)).then().statusCode(400).body("errors.field", contains(required));
        }
        invalid().body("{\"occurredAt\": \"last Tuesday\"}").post(moments(c)).then().statusCode(400)
                .body("errors[0].field", equalTo("occurredAt"));

        api().get(moments(c)).then().statusCode(200).body("items", hasSize(0));
    }

    private static Map<String, Object> with(String at, String field, Object value) {
        Map<String, Object> body = momentBody(at);
        body.put(field, value);
        return body;
    }

    @Test
    void unknownCasesAndMomentsAreNotFound() {
        CaseContext c = caseOpenedDaysAgo(10);
        CaseContext other = caseOpenedDaysAgo(10);
        String id = api().body(momentBody(NOW.minusDays(1).toString())).post(moments(c)).then().statusCode(201)
                .extract().path("id");
        String unknownCase = "/api/cases/" + UUID.randomUUID() + "/moments";
        api().get(unknownCase).then().statusCode(404).contentType("application/problem+json");
        api().body(momentBody(NOW.minusDays(1).toString())).post(unknownCase).then().statusCode(404);
        api().get(moments(c) + "/" + UUID.randomUUID()).then().statusCode(404);
        // a moment is only found under its own case
        api().get(moments(other) + "/" + id).then().statusCode(404);
        api().header("If-Match", "\"0\"").body(momentBody(NOW.minusDays(1).toString()))
                .put(moments(other) + "/" + id).then().statusCode(404);
    }

    @Test
    void anotherTeamSeesNothingAndRolesDecideWhoMayWrite() {
        CaseContext c = caseOpenedDaysAgo(10);
        String path = moments(c);
        String id = api().body(momentBody(NOW.minusDays(1).toString())).post(path).then().statusCode(201)
                .extract().path("id");
        String outsider = signedIn("team-lead", team());
        invalidAs(outsider).get(path).then().statusCode(404);
        invalidAs(outsider).get(path + "/" + id).then().statusCode(404);
        invalidAs(outsider).body(momentBody(NOW.minusDays(1).toString())).post(path).then().statusCode(404);
        invalidAs(outsider).header("If-Match", "\"0\"").body(momentBody(NOW.minusDays(1).toString()))
                .put(path + "/" + id).then().statusCode(404);

        // a worker of the team records and corrects; an integration client records but never corrects
        String worker = signedIn("worker", c.teamId());
        String recorded = as(worker).body(momentBody(NOW.minusDays(1).toString())).post(path).then().statusCode(201)
                .extract().path("id");
        as(worker).header("If-Match", "\"0\"").body(with(NOW.minusDays(1).toString(), "type", "engaged"))
                .put(path + "/" + recorded).then().statusCode(200).body("type", equalTo("engaged"));
        String integration = signedIn("integration", c.teamId());
        as(integration).body(momentBody(NOW.minusDays(1).toString())).post(path).then().statusCode(201)
                .body("recordedByWorkerId", notNullValue());
        as(integration).get(path + "/" + id).then().statusCode(200);
        invalidAs(integration).header("If-Match", "\"0\"").body(momentBody(NOW.minusDays(1).toString()))
                .put(path + "/" + id).then().statusCode(403);

        // an admin reads only with a purpose (break-glass) and never writes
        String admin = signedIn("admin", c.teamId());
        invalidAs(admin).get(path).then().statusCode(403);
        as(admin).header("X-Purpose", "Safeguarding review SG-7").get(path + "/" + id).then().statusCode(200);
        invalidAs(admin).header("X-Purpose", "Safeguarding review SG-7")
                .body(momentBody(NOW.minusDays(1).toString())).post(path).then().statusCode(403);
        invalidAs(null).get(path).then().statusCode(401);
    }

    @Test
    void correctingAMomentNeedsTheCurrentETagAndKeepsWhoRecordedItAndWhen() {
        CaseContext c = caseOpenedDaysAgo(10);
        var created = api().body(momentBody(NOW.minusDays(2).toString())).post(moments(c)).then().statusCode(201)
                .extract().jsonPath();
        String path = moments(c) + "/" + created.getString("id");
        Map<String, Object> corrected = momentBody(NOW.minusDays(3).toString());
        corrected.put("type", "confidence");
        corrected.put("observer", "family");
        corrected.put("whatHappened", "Her mum said she rang the landlord herself");
        corrected.put("domains", List.of("suitability-of-living-accommodation", "securing-rights"));

        invalid().body(corrected).put(path).then().statusCode(428).contentType("application/problem+json");
        api().header("If-Match", "\"7\"").body(corrected).put(path).then().statusCode(412);
        api().header("If-Match", "\"0\"").body(corrected).put(path).then().statusCode(200).header("ETag", "\"1\"")
                .body("type", equalTo("confidence")).body("observer", equalTo("family"))
                .body("domains", contains("securing-rights", "suitability-of-living-accommodation"))
                .body("recordedAt", equalTo(created.getString("recordedAt")))
                .body("recordedByWorkerId", equalTo(created.getString("recordedByWorkerId")));
        api().header("If-Match", "\"0\"").body(corrected).put(path).then().statusCode(412);
        api().get(path).then().statusCode(200).header("ETag", "\"1\"")
                .body("whatHappened", equalTo("Her mum said she rang the landlord herself"))
                .body("domains", hasSize(2));
    }

    @Test
    void listsNewestFirstWithFiltersAndPages() {
        CaseContext c = caseOpenedDaysAgo(30);
        List<String> ids = new ArrayList<>();
        String[] types = { "trust-built", "engaged", "trust-built", "crisis-averted", "trust-built" };
        for (int i = 0; i < types.length; i++) {
            Map<String, Object> body = with(NOW.minusDays(20 - i).toString(), "type", types[i]);
            body.put("domains", i % 2 == 0 ? List.of("protection-from-abuse") : List.of("contribution-to-society",
                    "protection-from-abuse"));
            if (i == 3) {
                body.put("domains", List.of("contribution-to-society"));
            }
            ids.add(0, api().body(body).post(moments(c)).then().statusCode(201).extract().path("id"));
        }
        // newest first, in pages of two
        List<String> seen = new ArrayList<>();
        String next = moments(c) + "?limit=2";
        int pages = 0;
        while (next != null) {
            JsonPath page = api().get(next).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            next = page.getString("next");
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).isEqualTo(ids);

        api().queryParam("type", "trust-built").get(moments(c)).then().statusCode(200)
                .body("items.id", contains(ids.get(0), ids.get(2), ids.get(4)));
        api().queryParam("domain", "contribution-to-society").get(moments(c)).then().statusCode(200)
                .body("items.id", contains(ids.get(1), ids.get(3)));
        api().queryParam("domain", "protection-from-abuse").queryParam("type", "engaged").get(moments(c)).then()
                .body("items.id", contains(ids.get(3)));
        api().queryParam("from", NOW.minusDays(19).toString()).queryParam("to", NOW.minusDays(17).toString())
                .get(moments(c)).then().body("items.id", contains(ids.get(1), ids.get(2), ids.get(3)));
        api().queryParam("type", "self-advocacy").get(moments(c)).then().statusCode(200)
                .body("items", hasSize(0)).body("next", nullValue());

        invalid().queryParam("type", "felt-better").get(moments(c)).then().statusCode(400)
                .body("errors[0].field", equalTo("type")).body("errors[0].in", equalTo("query"));
        invalid().queryParam("domain", "housing").get(moments(c)).then().statusCode(400)
                .body("errors[0].field", equalTo("domain"));
        invalid().queryParam("from", NOW.minusDays(1).toString()).queryParam("to", NOW.minusDays(2).toString())
                .get(moments(c)).then().statusCode(400).body("errors[0].field", equalTo("to"));
        invalid().queryParam("from", "yesterday").get(moments(c)).then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        invalid().queryParam("limit", 0).get(moments(c)).then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        invalid().queryParam("cursor", "not-ours").get(moments(c)).then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }
}
