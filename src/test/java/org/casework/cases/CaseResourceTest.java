package org.casework.cases;

import static org.casework.support.Api.api;
import static org.casework.support.Api.invalid;
import static org.casework.support.Fixtures.openCase;
import static org.casework.support.Fixtures.person;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Fixtures.worker;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;

import org.casework.support.Fixtures.CaseContext;
import org.casework.support.TestClock;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CaseResourceTest {

    @Test
    void openingACaseNamesAKeyWorkerAndKeepsTheirNeedsAndGoals() {
        String team = team();
        String worker = worker(team);
        String person = person(team);
        String id = api().body(Map.of("personId", person, "teamId", team, "keyWorkerId", worker,
                        "summary", "Served notice by landlord",
                        "needs", List.of(Map.of("domain", "housing", "description", "Somewhere settled")),
                        "goals", List.of(Map.of("inTheirWords", "A place where I can keep my dog",
                                "domain", "suitability-of-living-accommodation"))))
                .post("/api/cases").then().statusCode(201).header("ETag", "\"0\"")
                .body("status", equalTo("open")).body("keyWorkerId", equalTo(worker))
                .body("openedAt", notNullValue()).body("closedAt", nullValue())
                .extract().path("id");

        api().get("/api/cases/" + id).then().statusCode(200)
                .body("needs[0].domain", equalTo("housing"))
                .body("goals[0].inTheirWords", equalTo("A place where I can keep my dog"))
                .body("goals[0].achieved", equalTo(false))
                .body("goals[0].domain", equalTo("suitability-of-living-accommodation"));
    }

    @Test
    void aGoalsDomainMustBeAWellbeingDomain() {
        String team = team();
        api().body(Map.of("personId", person(team), "teamId", team, "keyWorkerId", worker(team),
                        "goals", List.of(Map.of("inTheirWords", "Sleep through", "domain", "housing"))))
                .post("/api/cases").then().statusCode(400).body("errors[0].field", equalTo("goals[0].domain"));
    }

    @Test
    void aPersonHasOneOpenCasePerTeam() {
        CaseContext c = openCase();
        api().body(Map.of("personId", c.personId(), "teamId", c.teamId(), "keyWorkerId", c.keyWorkerId()))
                .post("/api/cases").then().statusCode(409).body("errors[0].field", equalTo("personId"));
        // another team may hold its own case for the same person
        String otherTeam = team();
        openCase(c.personId(), otherTeam, worker(otherTeam), null);
    }

    @Test
    void theKeyWorkerMustBeAnActiveMemberOfTheTeamAndCodesMustBeKnown() {
        String team = team();
        String outsider = worker(team());
        String person = person(team);
        api().body(Map.of("personId", person, "teamId", team, "keyWorkerId", outsider))
                .post("/api/cases").then().statusCode(400).body("errors[0].field", equalTo("keyWorkerId"));
        api().body(Map.of("personId", UUID.randomUUID().toString(), "teamId", team, "keyWorkerId", worker(team)))
                .post("/api/cases").then().statusCode(400).body("errors[0].field", equalTo("personId"));
        api().body(Map.of("personId", person, "teamId", team, "keyWorkerId", worker(team),
                        "needs", List.of(Map.of("domain", "astrology", "description", "x"))))
                .post("/api/cases").then().statusCode(400).body("errors[0].field", equalTo("needs[0].domain"));
        invalid().body(Map.of("personId", person, "teamId", team, "keyWorkerId", worker(team),
                        "openedAt", TestClock.now().plusDays(2).toString()))
                .post("/api/cases").then().statusCode(400).body("errors[0].field", equalTo("openedAt"));
        api().get("/api/cases?personId=" + person).then().body("items", hasSize(0));
    }

    @Test
    void handingOverRecordsFromToWhenAndWhyAndChangesTheKeyWorker() {
        CaseContext c = openCase();
        String next = worker(c.teamId());
        invalid().body(Map.of("toWorkerId", next, "reason", "Leave")).post("/api/cases/" + c.caseId() + "/handovers")
                .then().statusCode(428);
        api().header("If-Match", "\"0\"").body(Map.of("toWorkerId", next, "reason", "Aled is on long-term leave"))
                .post("/api/cases/" + c.caseId() + "/handovers").then().statusCode(201)
                .body("fromWorkerId", equalTo(c.keyWorkerId())).body("toWorkerId", equalTo(next));
        api().get("/api/cases/" + c.caseId()).then().body("keyWorkerId", equalTo(next)).header("ETag", "\"1\"");
        api().get("/api/cases/" + c.caseId() + "/handovers").then().statusCode(200)
                .body("reason", contains("Aled is on long-term leave"));

        api().header("If-Match", "\"1\"").body(Map.of("toWorkerId", next, "reason", "again"))
                .post("/api/cases/" + c.caseId() + "/handovers").then().statusCode(400)
                .body("errors[0].field", equalTo("toWorkerId"));
        api().header("If-Match", "\"1\"").body(Map.of("toWorkerId", worker(team()), "reason", "other team"))
                .post("/api/cases/" + c.caseId() + "/handovers").then().statusCode(400);
        api().get("/api/cases/" + c.caseId() + "/handovers").then().body("$", hasSize(1));
    }

    @Test
    void closingRecordsTheReasonOnceAndOnlyOnce() {
        CaseContext c = openCase();
        api().header("If-Match", "\"0\"").body(Map.of("reason", "not-a-reason"))
                .post("/api/cases/" + c.caseId() + "/closure").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        api().header("If-Match", "\"0\"").body(Map.of("reason", "housed", "note", "Moved into a flat"))
                .post("/api/cases/" + c.caseId() + "/closure").then().statusCode(200)
                .body("status", equalTo("closed")).body("closureReason", equalTo("housed"))
                .body("closedAt", notNullValue()).header("ETag", "\"1\"");
        api().header("If-Match", "\"1\"").body(Map.of("reason", "housed"))
                .post("/api/cases/" + c.caseId() + "/closure").then().statusCode(409);
        api().header("If-Match", "\"1\"").body(Map.of("toWorkerId", worker(c.teamId()), "reason", "x"))
                .post("/api/cases/" + c.caseId() + "/handovers").then().statusCode(409);
        // closed, so the person can have a new case in the same team
        openCase(c.personId(), c.teamId(), c.keyWorkerId(), null);
    }

    @Test
    void closingBeforeTheCaseOpenedIsRefused() {
        String team = team();
        String worker = worker(team);
        String caseId = openCase(person(team), team, worker, "2026-01-10T10:00:00Z");
        api().header("If-Match", "\"0\"").body(Map.of("reason", "goals-met", "closedAt", "2026-01-09T10:00:00Z"))
                .post("/api/cases/" + caseId + "/closure").then().statusCode(400)
                .body("errors[0].field", equalTo("closedAt"));
        api().get("/api/cases/" + caseId).then().body("status", equalTo("open"));
    }

    @Test
    void detailsAreReplacedWithIfMatch() {
        CaseContext c = openCase();
        Map<String, Object> details = Map.of("summary", "Now in temporary accommodation",
                "goals", List.of(Map.of("inTheirWords", "Back to the allotment", "achieved", true)));
        api().header("If-Match", "\"3\"").body(details).put("/api/cases/" + c.caseId()).then().statusCode(412);
        api().header("If-Match", "\"0\"").body(details).put("/api/cases/" + c.caseId()).then().statusCode(200)
                .body("summary", equalTo("Now in temporary accommodation")).body("goals[0].achieved", equalTo(true));
        invalid().body(details).put("/api/cases/" + UUID.randomUUID()).then().statusCode(428);
    }

    @Test
    void listsFilterByPersonTeamWorkerAndStatusNewestFirst() {
        String team = team();
        String worker = worker(team);
        String person = person(team);
        String older = openCase(person, team, worker, "2025-05-01T09:00:00Z");
        api().header("If-Match", "\"0\"").body(Map.of("reason", "goals-met")).post("/api/cases/" + older + "/closure")
                .then().statusCode(200);
        String newer = openCase(person, team, worker, "2026-02-01T09:00:00Z");

        api().queryParam("personId", person).get("/api/cases").then().statusCode(200)
                .body("items.id", contains(newer, older));
        api().queryParam("personId", person).queryParam("status", "closed").get("/api/cases").then()
                .body("items.id", contains(older));
        api().queryParam("keyWorkerId", worker).queryParam("limit", 1).get("/api/cases").then()
                .body("items.id", contains(newer)).body("next", notNullValue());
        invalid().queryParam("status", "pending").get("/api/cases").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }
}
