package org.casework.continuity;

import static org.casework.support.Api.api;
import static org.casework.support.Fixtures.etag;
import static org.casework.support.Fixtures.interaction;
import static org.casework.support.Fixtures.openCase;
import static org.casework.support.Fixtures.person;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Fixtures.worker;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;

import org.casework.support.TestClock;
import org.junit.jupiter.api.Test;

/** Continuity measures on hand-built histories, with the answers worked out by hand in the comments. */
@QuarkusTest
class ContinuityResourceTest {

    private static final OffsetDateTime NOW = TestClock.now();

    @Test
    void measuresCountOnlyContactsMadeEachForItsLeadWorker() {
        String team = team();
        String alex = worker(team);
        String bea = worker(team);
        String person = person(team);
        String caseId = openCase(person, team, alex, NOW.minusMonths(24).toString());
        String c = "/api/cases/" + caseId;

        // all time: Alex 3 (one 18 months ago), Bea 1; N = 4, n = (3, 1)
        interaction(caseId, alex, NOW.minusMonths(18).toString(), "made");
        interaction(caseId, alex, NOW.minusDays(40).toString(), "made");
        interaction(caseId, bea, NOW.minusDays(20).toString(), "made");
        interaction(caseId, alex, NOW.minusDays(3).toString(), "made");
        // attempts are not contacts
        interaction(caseId, bea, NOW.minusDays(1).toString(), "no-answer");
        interaction(caseId, bea, NOW.minusHours(2).toString(), "did-not-attend");

        api().get(c + "/continuity").then().statusCode(200)
                .body("caseId", equalTo(caseId)).body("personId", equalTo(person)).body("keyWorkerId", equalTo(alex))
                .body("allTime.contacts", equalTo(4)).body("allTime.attemptsNotMade", equalTo(2))
                .body("allTime.distinctWorkers", equalTo(2))
                .body("allTime.keyWorkerShare", equalTo(75.0f))      // 3 of 4, a percentage as on the scorecard
                .body("allTime.usualProviderIndex", equalTo(0.75f))  // max(3, 1) / 4
                .body("allTime.continuityOfCareIndex", equalTo(0.5f)) // (9 + 1 - 4) / (4 * 3)
                .body("allTime.handovers", equalTo(0))
                .body("allTime.daysSinceLastContact", equalTo(3))
                // last 12 months: Alex 2, Bea 1; N = 3
                .body("last12Months.contacts", equalTo(3))
                .body("last12Months.usualProviderIndex", equalTo(0.6667f))    // 2 / 3
                .body("last12Months.continuityOfCareIndex", equalTo(0.3333f)); // (4 + 1 - 3) / (3 * 2)

        // after a handover the key-worker share follows the new key worker
        api().header("If-Match", etag(c)).body(Map.of("toWorkerId", bea, "reason", "Alex moved team"))
                .post(c + "/handovers").then().statusCode(201);
        api().get(c + "/continuity").then().statusCode(200)
                .body("keyWorkerId", equalTo(bea))
                .body("allTime.keyWorkerShare", equalTo(25.0f))
                .body("allTime.handovers", equalTo(1)).body("last12Months.handovers", equalTo(1));
    }

    @Test
    void withoutContactsTheRatiosAreNullAndWithOneContactCociIsUndefined() {
        String team = team();
        String alex = worker(team);
        String person = person(team);
        String caseId = openCase(person, team, alex, NOW.minusDays(10).toString());

        api().get("/api/cases/" + caseId + "/continuity").then().statusCode(200)
                .body("allTime.contacts", equalTo(0)).body("allTime.distinctWorkers", equalTo(0))
                .body("allTime.keyWorkerShare", nullValue()).body("allTime.usualProviderIndex", nullValue())
                .body("allTime.continuityOfCareIndex", nullValue()).body("allTime.lastContactAt", nullValue())
                .body("allTime.daysSinceLastContact", nullValue());

        interaction(caseId, alex, NOW.minusDays(2).toString(), "made");
        api().get("/api/cases/" + caseId + "/continuity").then().statusCode(200)
                .body("allTime.contacts", equalTo(1)).body("allTime.usualProviderIndex", equalTo(1.0f))
                .body("allTime.keyWorkerShare", equalTo(100.0f))
                .body("allTime.continuityOfCareIndex", nullValue())
                .body("allTime.daysSinceLastContact", equalTo(2));
    }

    @Test
    void aPersonsContinuitySpansTheirCasesInEveryTeam() {
        String housing = team();
        String support = team();
        String alex = worker(housing);
        String cat = worker(support);
        String person = person(housing);
        String first = openCase(person, housing, alex, NOW.minusDays(100).toString());
        String second = openCase(person, support, cat, NOW.minusDays(50).toString());
        interaction(first, alex, NOW.minusDays(90).toString(), "made");
        interaction(first, alex, NOW.minusDays(80).toString(), "made");
        interaction(second, cat, NOW.minusDays(10).toString(), "made");

        // N = 3, n = (2, 1); every contact is with its case's key worker
        api().get("/api/people/" + person + "/continuity").then().statusCode(200)
                .body("personId", equalTo(person)).body("keyWorkerIds", containsInAnyOrder(alex, cat))
                .body("allTime.contacts", equalTo(3)).body("allTime.distinctWorkers", equalTo(2))
                .body("allTime.keyWorkerShare", equalTo(100.0f))
                .body("allTime.usualProviderIndex", equalTo(0.6667f))
                .body("allTime.continuityOfCareIndex", equalTo(0.3333f))
                .body("allTime.daysSinceLastContact", equalTo(10));

        // with no case open, the key worker is the latest case's
        api().header("If-Match", etag("/api/cases/" + first)).body(Map.of("reason", "goals-met"))
                .post("/api/cases/" + first + "/closure").then().statusCode(200);
        api().header("If-Match", etag("/api/cases/" + second)).body(Map.of("reason", "goals-met"))
                .post("/api/cases/" + second + "/closure").then().statusCode(200);
        api().get("/api/people/" + person + "/continuity").then().body("keyWorkerIds", contains(cat));
    }

    @Test
    void unknownCasesAndPeopleAreNotFound() {
        api().get("/api/cases/" + UUID.randomUUID() + "/continuity").then().statusCode(404);
        api().get("/api/people/" + UUID.randomUUID() + "/continuity").then().statusCode(404);
    }
}
