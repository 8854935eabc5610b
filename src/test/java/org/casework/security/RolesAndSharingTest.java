package org.casework.security;

import static org.casework.support.Api.api;
import static org.casework.support.Api.as;
import static org.casework.support.Api.invalidAs;
import static org.casework.support.Fixtures.etag;
import static org.casework.support.Fixtures.interactionBody;
import static org.casework.support.Fixtures.openCase;
import static org.casework.support.Fixtures.person;
import static org.casework.support.Fixtures.personBody;
import static org.casework.support.Fixtures.signedIn;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Fixtures.worker;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import org.casework.support.TestClock;
import org.casework.support.Tokens;
import org.junit.jupiter.api.Test;

/** What each role may do, what a caller may never set, and what other teams see of a person's history. */
@QuarkusTest
class RolesAndSharingTest {

    private static final String EARLIER = TestClock.now().minusHours(2).toString();

    @Test
    void integrationClientsCreateAndReadInTheirTeamsButChangeNothing() {
        String team = team();
        String crm = signedIn("integration", team);
        String keyWorker = worker(team);
        String personId = as(crm).body(personBody(team)).post("/api/people").then().statusCode(201)
                .extract().path("id");
        String caseId = as(crm).body(Map.of("personId", personId, "teamId", team, "keyWorkerId", keyWorker,
                        "openedAt", TestClock.now().minusDays(2).toString()))
                .post("/api/cases").then().statusCode(201).extract().path("id");
        String interaction = as(crm).body(interactionBody(keyWorker, EARLIER, "made"))
                .post("/api/cases/" + caseId + "/interactions").then().statusCode(201).extract().path("id");
        as(crm).get("/api/cases/" + caseId).then().statusCode(200);

        invalidAs(crm).header("If-Match", etag("/api/people/" + personId)).body(personBody(team))
                .put("/api/people/" + personId).then().statusCode(403);
        invalidAs(crm).header("If-Match", etag("/api/cases/" + caseId)).body(Map.of("summary", "x"))
                .put("/api/cases/" + caseId).then().statusCode(403);
        invalidAs(crm).header("If-Match", "\"0\"").body(interactionBody(keyWorker, EARLIER, "made"))
                .put("/api/cases/" + caseId + "/interactions/" + interaction).then().statusCode(403);
        invalidAs(crm).header("If-Match", etag("/api/cases/" + caseId)).body(Map.of("reason", "goals-met"))
                .post("/api/cases/" + caseId + "/closure").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void onlyTeamLeadsCloseOrHandOverAndOnlyAdminsManageTeamsAndWorkers() {
        String team = team();
        String me = signedIn("worker", team);
        String keyWorker = worker(team);
        String caseId = openCase(person(team), team, keyWorker, null);
        invalidAs(me).header("If-Match", etag("/api/cases/" + caseId)).body(Map.of("reason", "goals-met"))
                .post("/api/cases/" + caseId + "/closure").then().statusCode(403);
        invalidAs(me).header("If-Match", etag("/api/cases/" + caseId))
                .body(Map.of("toWorkerId", worker(team), "reason", "Leave"))
                .post("/api/cases/" + caseId + "/handovers").then().statusCode(403);
        invalidAs(me).body(Map.of("name", "My own team")).post("/api/teams").then().statusCode(403);
        // but a worker does the casework of their team
        as(me).header("If-Match", etag("/api/cases/" + caseId)).body(Map.of("summary", "Updated"))
                .put("/api/cases/" + caseId).then().statusCode(200);
        api().get("/api/cases/" + caseId).then().body("summary", equalTo("Updated"));

        String lead = signedIn("team-lead", team);
        as(lead).header("If-Match", etag("/api/cases/" + caseId)).body(Map.of("reason", "goals-met"))
                .post("/api/cases/" + caseId + "/closure").then().statusCode(200);
    }

    @Test
    void adminsReadCaseworkOnlyWithADeclaredPurposeAndNeverChangeIt() {
        String team = team();
        String caseId = openCase(person(team), team, worker(team), null);
        String admin = org.casework.support.Fixtures.admin();
        invalidAs(admin).get("/api/cases/" + caseId).then().statusCode(403)
                .body("detail", org.hamcrest.Matchers.containsString("X-Purpose"));
        as(admin).header("X-Purpose", "Safeguarding review SR-2231").get("/api/cases/" + caseId).then()
                .statusCode(200);
        invalidAs(admin).header("X-Purpose", "Tidying").header("If-Match", etag("/api/cases/" + caseId))
                .body(Map.of("summary", "x")).put("/api/cases/" + caseId).then().statusCode(403);
        // admins manage teams of which they are no member
        as(admin).body(Map.of("name", org.casework.support.Fixtures.unique("Admin team"))).post("/api/teams")
                .then().statusCode(201);
    }

    @Test
    void aSignInThatIsNotAnActiveWorkerReadsNothing() {
        String team = team();
        String caseId = openCase(person(team), team, worker(team), null);
        invalidAs(Tokens.of("stranger.danger", "worker")).get("/api/cases/" + caseId).then().statusCode(403);
    }

    @Test
    void fieldsTheServerOwnsAreRefused() {
        String team = team();
        String keyWorker = worker(team);
        String personId = person(team);
        for (String field : new String[] {"id", "version", "createdAt", "status"}) {
            Map<String, Object> body = new HashMap<>(Map.of("personId", personId, "teamId", team,
                    "keyWorkerId", keyWorker));
            body.put(field, field.equals("version") ? 5 : "2026-01-01T00:00:00Z");
            invalidAs(org.casework.support.Api.testerToken()).body(body).post("/api/cases").then().statusCode(400)
                    .body("errors[0].field", equalTo(field));
        }
        String caseId = openCase(personId, team, keyWorker, TestClock.now().minusDays(1).toString());
        for (String field : new String[] {"recordedByWorkerId", "recordedAt", "teamId", "personId", "caseId"}) {
            Map<String, Object> body = interactionBody(keyWorker, EARLIER, "made");
            body.put(field, keyWorker);
            invalidAs(org.casework.support.Api.testerToken()).body(body)
                    .post("/api/cases/" + caseId + "/interactions").then().statusCode(400)
                    .body("errors[0].field", equalTo(field));
        }
        Map<String, Object> moved = personBody(team());
        invalidAs(org.casework.support.Api.testerToken()).header("If-Match", etag("/api/people/" + personId))
                .body(moved).put("/api/people/" + personId).then().statusCode(400)
                .body("errors[0].field", equalTo("registeredByTeamId"));
        // the author of a contact is whoever is signed in
        String me = signedIn("worker", team);
        String id = as(me).body(interactionBody(keyWorker, EARLIER, "made"))
                .post("/api/cases/" + caseId + "/interactions").then().statusCode(201).extract().path("id");
        String myId = as(me).get("/api/me").then().statusCode(200).extract().path("workerId");
        api().get("/api/cases/" + caseId + "/interactions/" + id).then().body("recordedByWorkerId", equalTo(myId));

        // a referral and an offer are from whoever the body names, but recorded by whoever is signed in
        Map<String, Object> referral = new HashMap<>(Map.of("caseId", caseId, "toAgency", "Citizens Advice",
                "reason", "Debt", "sentByWorkerId", keyWorker));
        as(me).body(referral).post("/api/referrals").then().statusCode(201)
                .body("sentByWorkerId", equalTo(keyWorker)).body("recordedByWorkerId", equalTo(myId));
        referral.put("recordedByWorkerId", keyWorker);
        invalidAs(me).body(referral).post("/api/referrals").then().statusCode(400)
                .body("errors[0].field", equalTo("recordedByWorkerId"));
        as(me).body(Map.of("caseId", caseId, "offerType", "social-tenancy", "description", "Flat",
                        "offeredByWorkerId", keyWorker)).post("/api/offers").then().statusCode(201)
                .body("offeredByWorkerId", equalTo(keyWorker)).body("recordedByWorkerId", equalTo(myId));
    }

    @Test
    void anotherTeamSeesASummaryLineOfContactsUnlessThePersonConsentedToShare() {
        String housing = team();
        String support = team();
        String housingWorker = worker(housing);
        String personId = person(housing);
        String housingCase = openCase(personId, housing, housingWorker,
                TestClock.now().minusDays(5).toString());
        Map<String, Object> visit = interactionBody(housingWorker, EARLIER, "made");
        visit.put("channel", "home-visit");
        visit.put("summary", "Disclosed a relapse");
        api().body(visit).post("/api/cases/" + housingCase + "/interactions").then().statusCode(201);

        String supportLead = signedIn("team-lead", support);
        // the support team cannot see the person until it holds a case for them
        invalidAs(supportLead).get("/api/people/" + personId).then().statusCode(404);
        openCase(personId, support, worker(support), null);

        String timeline = "/api/people/" + personId + "/timeline?kinds=interaction";
        as(supportLead).get("/api/people/" + personId).then().statusCode(200);
        as(supportLead).get(timeline).then().statusCode(200)
                .body("items.redacted", contains(true)).body("items[0].summary", nullValue())
                .body("items[0].code", equalTo("home-visit")).body("items[0].teamId", equalTo(housing))
                .body("items[0].workerId", equalTo(housingWorker));
        // the team's own entries are whole
        api().get(timeline).then().body("items.redacted", everyItem(equalTo(false)))
                .body("items.summary", hasItem("Disclosed a relapse"));

        Map<String, Object> consenting = personBody(housing);
        consenting.put("consentToShareAcrossTeams", true);
        api().header("If-Match", etag("/api/people/" + personId)).body(consenting).put("/api/people/" + personId)
                .then().statusCode(200).body("consentToShareAcrossTeams", equalTo(true));
        as(supportLead).get(timeline).then().body("items.redacted", contains(false))
                .body("items[0].summary", equalTo("Disclosed a relapse"));
    }
}
