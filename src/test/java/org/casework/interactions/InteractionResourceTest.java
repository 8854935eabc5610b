package org.casework.interactions;

import static org.casework.support.Api.api;
import static org.casework.support.Api.invalid;
import static org.casework.support.Fixtures.etag;
import static org.casework.support.Fixtures.interaction;
import static org.casework.support.Fixtures.interactionBody;
import static org.casework.support.Fixtures.openCase;
import static org.casework.support.Fixtures.openCaseSince;
import static org.casework.support.Fixtures.person;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Fixtures.worker;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;

import org.casework.support.Fixtures.CaseContext;
import org.casework.support.TestClock;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InteractionResourceTest {

    private static final OffsetDateTime NOW = TestClock.now();

    @Test
    void recordingAContactKeepsEverythingTheWorkerSaidAndWhenItWasRecorded() {
        CaseContext c = openCaseSince(NOW.minusDays(60).toString());
        String colleague = worker(c.teamId());
        Map<String, Object> body = interactionBody(c.keyWorkerId(), "2026-01-01T00:00:00Z", "made");
        body.put("occurredAt", NOW.minusDays(3).toString());
        body.put("channel", "home-visit");
        body.put("initiator", "person");
        body.put("durationMinutes", 45);
        body.put("otherWorkerIds", List.of(colleague));
        body.put("issues", List.of("rent-arrears", "benefits"));
        body.put("summary", "Went through the arrears letter together");
        body.put("whatMattered", "Keeping the dog");
        body.put("outcome", "advice-given");
        body.put("followUpOn", TestClock.today().plusDays(7).toString());
        var created = api().body(body).post("/api/cases/" + c.caseId() + "/interactions")
                .then().statusCode(201).header("ETag", "\"0\"")
                .body("personId", equalTo(c.personId())).body("teamId", equalTo(c.teamId()))
                .body("recordedAt", notNullValue())
                .extract();

        // what is stored is what the answer said, field for field
        api().get(created.header("Location")).then().statusCode(200)
                .body("id", equalTo(created.path("id"))).body("caseId", equalTo(c.caseId()))
                .body("occurredAt", equalTo(created.path("occurredAt")))
                .body("recordedAt", equalTo(created.path("recordedAt")))
                .body("recordedByWorkerId", equalTo(created.path("recordedByWorkerId")))
                .body("leadWorkerId", equalTo(c.keyWorkerId()))
                .body("channel", equalTo("home-visit")).body("initiator", equalTo("person"))
                .body("durationMinutes", equalTo(45)).body("otherWorkerIds", contains(colleague))
                .body("issues", contains("benefits", "rent-arrears"))
                .body("summary", equalTo("Went through the arrears letter together"))
                .body("whatMattered", equalTo("Keeping the dog")).body("outcome", equalTo("advice-given"))
                .body("followUpOn", equalTo(TestClock.today().plusDays(7).toString()))
                .body("contactStatus", equalTo("made")).body("version", equalTo(0));
    }

    @Test
    void aContactMustFallWithinTheCase() {
        CaseContext c = openCaseSince(NOW.minusDays(10).toString());
        String path = "/api/cases/" + c.caseId() + "/interactions";
        api().body(interactionBody(c.keyWorkerId(), NOW.minusDays(11).toString(), "made"))
                .post(path).then().statusCode(400).body("errors[0].field", equalTo("occurredAt"));
        invalid().body(interactionBody(c.keyWorkerId(), NOW.plusDays(1).toString(), "made"))
                .post(path).then().statusCode(400).body("errors[0].field", equalTo("occurredAt"));

        String etag = etag("/api/cases/" + c.caseId());
        api().header("If-Match", etag).body(Map.of("reason", "goals-met", "closedAt", NOW.minusDays(2).toString()))
                .post("/api/cases/" + c.caseId() + "/closure").then().statusCode(200);
        api().body(interactionBody(c.keyWorkerId(), NOW.minusDays(1).toString(), "made"))
                .post(path).then().statusCode(409).body("errors[0].field", equalTo("occurredAt"));
        // recording late a contact that happened while the case was open is fine
        api().body(interactionBody(c.keyWorkerId(), NOW.minusDays(5).toString(), "made"))
                .post(path).then().statusCode(201);
    }

    @Test
    void codesWorkersAndDatesAreCheckedAndNothingIsStoredWhenInvalid() {
        CaseContext c = openCaseSince(NOW.minusDays(30).toString());
        String path = "/api/cases/" + c.caseId() + "/interactions";
        String at = NOW.minusDays(2).toString();

        Map<String, Object> body = interactionBody(c.keyWorkerId(), at, "made");
        body.put("channel", "carrier-pigeon");
        api().body(body).post(path).then().statusCode(400).body("errors[0].field", equalTo("channel"));

        body = interactionBody(c.keyWorkerId(), at, "made");
        body.put("initiator", "nobody");
        api().body(body).post(path).then().statusCode(400).body("errors[0].field", equalTo("initiator"));

        body = interactionBody(c.keyWorkerId(), at, "made");
        body.put("outcome", "magic");
        api().body(body).post(path).then().statusCode(400).body("errors[0].field", equalTo("outcome"));

        body = interactionBody(c.keyWorkerId(), at, "made");
        body.put("issues", List.of("debt", "astrology"));
        api().body(body).post(path).then().statusCode(400).body("errors[0].field", equalTo("issues[1]"));

        body = interactionBody(c.keyWorkerId(), at, "made");
        body.put("otherWorkerIds", List.of(c.keyWorkerId()));
        api().body(body).post(path).then().statusCode(400).body("errors[0].field", equalTo("otherWorkerIds[0]"));

        body = interactionBody(c.keyWorkerId(), at, "made");
        body.put("otherWorkerIds", List.of(UUID.randomUUID().toString()));
        api().body(body).post(path).then().statusCode(400).body("errors[0].field", equalTo("otherWorkerIds[0]"));

        api().body(interactionBody(worker(team()), at, "made")).post(path)
                .then().statusCode(400).body("errors[0].field", equalTo("leadWorkerId"));

        body = interactionBody(c.keyWorkerId(), at, "made");
        body.put("followUpOn", NOW.minusDays(4).toLocalDate().toString());
        api().body(body).post(path).then().statusCode(400).body("errors[0].field", equalTo("followUpOn"));

        invalid().body(interactionBody(c.keyWorkerId(), at, "waved")).post(path)
                .then().statusCode(400).body("errors[0].field", equalTo("contactStatus"));

        body = interactionBody(c.keyWorkerId(), at, "made");
        body.put("durationMinutes", 2000);
        invalid().body(body).post(path).then().statusCode(400).body("errors[0].field", equalTo("durationMinutes"));

        body = interactionBody(c.keyWorkerId(), at, "made");
        body.put("mood", "fine");
        invalid().body(body).post(path).then().statusCode(400).body("errors[0].field", equalTo("mood"));

        api().get(path).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aContactWithoutItsLeadWasLedByTheCallingWorkerAndACorrectionKeepsItsLead() {
        String team = team();
        String username = "w." + UUID.randomUUID().toString().substring(0, 12);
        String token = org.casework.support.Fixtures.signedInAs(username, "worker", team);
        String me = org.casework.support.Api.as(token).get("/api/me").then().statusCode(200).extract().path("workerId");
        String caseId = openCase(person(team), team, me, "2026-01-05T09:00:00Z");
        Map<String, Object> body = interactionBody(me, "2026-01-06T10:00:00Z", "made");
        body.remove("leadWorkerId");
        String id = org.casework.support.Api.as(token).body(body).post("/api/cases/" + caseId + "/interactions")
                .then().statusCode(201).body("leadWorkerId", equalTo(me)).extract().path("id");

        // corrected by someone else without naming the lead: the lead stays who it was
        body.put("summary", "Corrected by the team lead");
        api().header("If-Match", etag("/api/cases/" + caseId + "/interactions/" + id)).body(body)
                .put("/api/cases/" + caseId + "/interactions/" + id).then().statusCode(200)
                .body("leadWorkerId", equalTo(me)).body("summary", equalTo("Corrected by the team lead"));

        // an integration is not a worker: it must say who led the contact, and nothing is stored
        String system = org.casework.support.Fixtures.signedIn("integration", team);
        org.casework.support.Api.invalidAs(system).body(body).post("/api/cases/" + caseId + "/interactions").then()
                .statusCode(400).body("errors[0].field", equalTo("leadWorkerId"))
                .body("errors[0].code", equalTo("required"));
        api().get("/api/cases/" + caseId + "/interactions").then().body("items", hasSize(1));
    }

    @Test
    void unknownCasesAndInteractionsAreNotFound() {
        CaseContext c = openCaseSince(NOW.minusDays(5).toString());
        String id = interaction(c.caseId(), c.keyWorkerId(), NOW.minusDays(1).toString(), "made");
        api().get("/api/cases/" + UUID.randomUUID() + "/interactions").then().statusCode(404);
        api().body(interactionBody(c.keyWorkerId(), NOW.minusDays(1).toString(), "made"))
                .post("/api/cases/" + UUID.randomUUID() + "/interactions").then().statusCode(404);
        api().get("/api/cases/" + c.caseId() + "/interactions/" + UUID.randomUUID()).then().statusCode(404);
        // an interaction is only found under its own case
        CaseContext other = openCaseSince(NOW.minusDays(5).toString());
        api().get("/api/cases/" + other.caseId() + "/interactions/" + id).then().statusCode(404);
    }

    @Test
    void correctingAContactNeedsTheCurrentETagAndKeepsTheRecordedTime() {
        CaseContext c = openCaseSince(NOW.minusDays(20).toString());
        String id = interaction(c.caseId(), c.keyWorkerId(), NOW.minusDays(3).toString(), "no-answer");
        String path = "/api/cases/" + c.caseId() + "/interactions/" + id;
        String recordedAt = api().get(path).then().extract().path("recordedAt");

        Map<String, Object> body = interactionBody(c.keyWorkerId(), NOW.minusDays(3).toString(), "made");
        body.put("summary", "She answered on the second try");
        invalid().body(body).put(path).then().statusCode(428);
        api().header("If-Match", "\"7\"").body(body).put(path).then().statusCode(412);
        api().header("If-Match", "\"0\"").body(body).put(path).then().statusCode(200).header("ETag", "\"1\"")
                .body("contactStatus", equalTo("made")).body("recordedAt", equalTo(recordedAt));
        api().header("If-Match", "\"0\"").body(body).put(path).then().statusCode(412);
        api().get(path).then().body("summary", equalTo("She answered on the second try")).body("version", equalTo(1));
    }

    @Test
    void listsNewestFirstWithFiltersAndPages() {
        CaseContext c = openCaseSince(NOW.minusDays(40).toString());
        List<String> newestFirst = new ArrayList<>();
        for (int day = 30; day >= 26; day--) {
            newestFirst.add(0, interaction(c.caseId(), c.keyWorkerId(), NOW.minusDays(day).toString(),
                    day == 28 ? "did-not-attend" : "made"));
        }
        String path = "/api/cases/" + c.caseId() + "/interactions";
        api().get(path).then().statusCode(200).body("items.id", equalTo(newestFirst)).body("next", nullValue());

        List<String> seen = new ArrayList<>();
        String next = path + "?limit=2";
        while (next != null) {
            var page = api().get(next).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            next = page.getString("next");
        }
        org.assertj.core.api.Assertions.assertThat(seen).isEqualTo(newestFirst);

        api().get(path + "?contactStatus=did-not-attend").then().body("items.id", contains(newestFirst.get(2)));
        api().queryParam("from", NOW.minusDays(27).minusHours(1).toString())
                .queryParam("to", NOW.minusDays(26).plusHours(1).toString())
                .get(path).then().body("items.id", contains(newestFirst.get(0), newestFirst.get(1)));

        invalid().get(path + "?contactStatus=waved").then().statusCode(400)
                .body("errors[0].field", equalTo("contactStatus"));
        invalid().queryParam("from", NOW.toString()).queryParam("to", NOW.minusDays(1).toString()).get(path)
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        invalid().get(path + "?limit=0").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        invalid().get(path + "?limit=101").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        invalid().get(path + "?cursor=bm90LWEtZGF0ZQ.bm90LWEtdXVpZA").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }
}
