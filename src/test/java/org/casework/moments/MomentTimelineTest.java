package org.casework.moments;

import static org.casework.moments.TimelineMatchers.sameInstant;
import static org.casework.support.Api.api;
import static org.casework.support.Api.as;
import static org.casework.support.Fixtures.etag;
import static org.casework.support.Fixtures.interaction;
import static org.casework.support.Fixtures.openCase;
import static org.casework.support.Fixtures.person;
import static org.casework.support.Fixtures.personBody;
import static org.casework.support.Fixtures.signedIn;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Fixtures.worker;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;

import org.casework.support.Tokens;
import org.junit.jupiter.api.Test;

/** Soft outcome moments on the person's timeline: in order with everything else, filtered by kind, redacted. */
@QuarkusTest
class MomentTimelineTest {

    private static Map<String, Object> moment(String at, String type, String observer, String whatHappened) {
        Map<String, Object> body = new HashMap<>();
        body.put("occurredAt", at);
        body.put("type", type);
        body.put("observer", observer);
        body.put("whatHappened", whatHappened);
        body.put("inTheirWords", true);
        body.put("domains", List.of("physical-mental-health"));
        return body;
    }

    private static String record(String caseId, Map<String, Object> body) {
        return api().body(body).post("/api/cases/" + caseId + "/moments").then().statusCode(201).extract().path("id");
    }

    @Test
    void momentsAreOnTheTimelineWithTheirTypeObserverAndWords() {
        String team = team();
        String keyWorker = worker(team);
        String person = person(team);
        String caseId = openCase(person, team, keyWorker, "2025-06-01T09:00:00Z");
        String contact = interaction(caseId, keyWorker, "2025-06-02T10:00:00Z", "made");
        String first = record(caseId, moment("2025-06-02T11:00:00+01:00", "trust-built", "worker",
                "Showed me the letters she had been hiding"));
        String second = record(caseId, moment("2025-06-09T09:00:00Z", "self-advocacy", "other-agency",
                "The GP surgery said she booked her own appointment"));
        String recorder = api().get("/api/cases/" + caseId + "/moments/" + first).then().extract()
                .path("recordedByWorkerId");

        String timeline = "/api/people/" + person + "/timeline";
        // 10:00Z contact, 10:00Z moment (11:00+01:00): equal instants keep the entry-key order
        api().get(timeline).then().statusCode(200)
                .body("items.kind", contains("moment", "moment", "interaction", "case"))
                .body("items.sourceId", contains(second, first, contact, caseId));
        api().queryParam("kinds", "moment").get(timeline).then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.kind", everyItem(equalTo("moment")))
                .body("items.event", contains("self-advocacy", "trust-built"))
                .body("items.code", contains("other-agency", "worker"))
                .body("items.summary", contains("The GP surgery said she booked her own appointment",
                        "Showed me the letters she had been hiding"))
                .body("items.workerId", everyItem(equalTo(recorder)))
                .body("items.caseId", everyItem(equalTo(caseId)))
                .body("items.teamId", everyItem(equalTo(team)))
                .body("items.redacted", everyItem(equalTo(false)))
                .body("items[1].at", sameInstant("2025-06-02T10:00:00Z"));
        api().queryParam("kinds", "moment,case").queryParam("to", "2025-06-05T00:00:00Z").get(timeline).then()
                .statusCode(200).body("items.sourceId", contains(first, caseId));
        api().queryParam("kinds", "interaction").get(timeline).then().body("items.sourceId", contains(contact));
    }

    @Test
    void aCorrectedMomentIsCorrectedOnTheTimeline() {
        String team = team();
        String keyWorker = worker(team);
        String person = person(team);
        String caseId = openCase(person, team, keyWorker, "2025-06-01T09:00:00Z");
        String id = record(caseId, moment("2025-06-03T09:00:00Z", "engaged", "worker", "Came in"));
        api().header("If-Match", "\"0\"")
                .body(moment("2025-06-04T09:00:00Z", "connection-made", "family", "Joined the walking group"))
                .put("/api/cases/" + caseId + "/moments/" + id).then().statusCode(200);
        api().queryParam("kinds", "moment").get("/api/people/" + person + "/timeline").then()
                .body("items", hasSize(1)).body("items[0].event", equalTo("connection-made"))
                .body("items[0].code", equalTo("family")).body("items[0].summary", equalTo("Joined the walking group"))
                .body("items[0].at", sameInstant("2025-06-04T09:00:00Z"));
    }

    @Test
    void anotherTeamSeesAMomentAsASummaryLineUnlessThePersonConsented() {
        String housing = team();
        String housingWorker = worker(housing);
        String person = person(housing);
        String caseId = openCase(person, housing, housingWorker, "2025-06-01T09:00:00Z");
        // recorded by a worker of the team, not by the key worker
        String username = "w." + UUID.randomUUID().toString().substring(0, 12);
        api().body(Map.of("username", username, "displayName", "Rhys Price", "roles", List.of("worker"),
                "teamIds", List.of(housing))).post("/api/workers").then().statusCode(201);
        String id = as(Tokens.of(username, "worker"))
                .body(moment("2025-06-05T09:00:00Z", "crisis-averted", "worker", "Talked him down on the bridge"))
                .post("/api/cases/" + caseId + "/moments").then().statusCode(201).extract().path("id");

        String support = team();
        String supportLead = signedIn("team-lead", support);
        openCase(person, support, worker(support), null);

        String timeline = "/api/people/" + person + "/timeline?kinds=moment";
        as(supportLead).get(timeline).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].sourceId", equalTo(id))
                .body("items[0].redacted", equalTo(true)).body("items[0].summary", nullValue())
                .body("items[0].code", nullValue()).body("items[0].teamId", equalTo(housing))
                .body("items[0].workerId", equalTo(housingWorker));
        // the moment itself stays the housing team's
        org.casework.support.Api.invalidAs(supportLead).get("/api/cases/" + caseId + "/moments/" + id).then()
                .statusCode(404);
        api().get(timeline).then().body("items[0].redacted", equalTo(false))
                .body("items[0].summary", equalTo("Talked him down on the bridge"));

        Map<String, Object> consenting = personBody(housing);
        consenting.put("consentToShareAcrossTeams", true);
        api().header("If-Match", etag("/api/people/" + person)).body(consenting).put("/api/people/" + person)
                .then().statusCode(200);
        as(supportLead).get(timeline).then().body("items[0].redacted", equalTo(false))
                .body("items[0].summary", equalTo("Talked him down on the bridge"))
                .body("items[0].code", equalTo("worker"));
    }
}
