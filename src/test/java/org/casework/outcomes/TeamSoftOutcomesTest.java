package org.casework.outcomes;

import static org.casework.outcomes.Assessments.ONS4;
import static org.casework.outcomes.Assessments.SWEMWBS;
import static org.casework.outcomes.Assessments.body;
import static org.casework.outcomes.Assessments.record;
import static org.casework.outcomes.Assessments.swemwbsAnswersFor;
import static org.casework.support.Api.api;
import static org.casework.support.Api.invalid;
import static org.casework.support.Api.invalidAs;
import static org.casework.support.Fixtures.openCase;
import static org.casework.support.Fixtures.person;
import static org.casework.support.Fixtures.signedIn;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Fixtures.worker;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;

import org.casework.support.TestClock;
import org.junit.jupiter.api.Test;

/** The team summary on a hand-built quarter, with the answers worked out in the comments. */
@QuarkusTest
class TeamSoftOutcomesTest {

    private static final OffsetDateTime NOW = TestClock.now();
    private static final LocalDate TODAY = TestClock.today();

    @Test
    void peopleImprovedUnchangedOrWorseByTheThresholdAndMomentsByType() {
        String team = team();
        // Ann: SWEMWBS raw 7 -> 9 (7.00 -> 11.25, +4.25 >= 3: improved)
        String ann = caseFor(team);
        assess(ann, 50, body("swemwbs", "self", SWEMWBS, swemwbsAnswersFor(7)));
        assess(ann, 10, body("swemwbs", "self", SWEMWBS, swemwbsAnswersFor(9)));
        // Bob: raw 7 -> 8 (7.00 -> 9.51, +2.51 < 3: unchanged)
        String bob = caseFor(team);
        assess(bob, 40, body("swemwbs", "self", SWEMWBS, swemwbsAnswersFor(7)));
        assess(bob, 5, body("swemwbs", "self", SWEMWBS, swemwbsAnswersFor(8)));
        // Cai: one SWEMWBS only (not counted for change); ONS4 anxiety 8 -> 3 (lower is better: improved)
        String cai = caseFor(team);
        assess(cai, 30, body("swemwbs", "self", SWEMWBS, swemwbsAnswersFor(20)));
        assess(cai, 30, body("ons4", "joint", ONS4, 5, 5, 5, 8));
        assess(cai, 3, body("ons4", "joint", ONS4, 5, 5, 5, 3));
        // before the period: not counted
        assess(cai, 200, body("swemwbs", "self", SWEMWBS, swemwbsAnswersFor(35)));
        moment(ann, "trust-built");
        moment(bob, "trust-built");
        moment(cai, "confidence");

        String path = "/api/teams/" + team + "/soft-outcomes";
        api().queryParam("from", TODAY.minusDays(89).toString()).queryParam("to", TODAY.toString()).get(path)
                .then().statusCode(200)
                // 2 + 2 + 3 in the period
                .body("assessmentsCompleted", equalTo(7)).body("peopleAssessed", equalTo(3))
                .body("changes.find { it.instrument == 'swemwbs' && it.item == null }.people", equalTo(2))
                .body("changes.find { it.instrument == 'swemwbs' && it.item == null }.improved", equalTo(1))
                .body("changes.find { it.instrument == 'swemwbs' && it.item == null }.unchanged", equalTo(1))
                .body("changes.find { it.instrument == 'swemwbs' && it.item == null }.worse", equalTo(0))
                // (4.25 + 2.51) / 2
                .body("changes.find { it.instrument == 'swemwbs' && it.item == null }.meanChange", equalTo(3.38f))
                .body("changes.find { it.instrument == 'ons4' && it.item == 'anxiety' }.improved", equalTo(1))
                .body("changes.find { it.instrument == 'ons4' && it.item == 'happiness' }.unchanged", equalTo(1))
                .body("momentsByType.type", contains("trust-built", "confidence"))
                .body("momentsByType.count", contains(2, 1));
        // the default period is the 90 days to today
        api().get(path).then().statusCode(200).body("assessmentsCompleted", equalTo(7))
                .body("to", equalTo(TODAY.toString()));
    }

    @Test
    void onlyTheTeamsOwnAndAnEmptyPeriodIsZeros() {
        String team = team();
        api().get("/api/teams/" + team + "/soft-outcomes").then().statusCode(200)
                .body("assessmentsCompleted", equalTo(0)).body("changes", hasSize(0))
                .body("momentsByType", hasSize(0));
        invalidAs(signedIn("team-lead", team())).get("/api/teams/" + team + "/soft-outcomes").then()
                .statusCode(404);
        api().get("/api/teams/" + UUID.randomUUID() + "/soft-outcomes").then().statusCode(404);
        invalid().get("/api/teams/" + team + "/soft-outcomes?from=2026-05-01&to=2026-04-01").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        invalid().get("/api/teams/" + team + "/soft-outcomes?from=yesterday").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        invalid().get("/api/teams/" + team + "/soft-outcomes?from=2010-01-01&to=2026-01-01").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
    }

    private String caseFor(String team) {
        return openCase(person(team), team, worker(team), NOW.minusDays(300).toString());
    }

    private static void assess(String caseId, int daysAgo, Map<String, Object> body) {
        body.put("assessedAt", NOW.minusDays(daysAgo).toString());
        record(caseId, body);
    }

    private static void moment(String caseId, String type) {
        api().body(Map.of("occurredAt", NOW.minusDays(2).toString(), "type", type, "observer", "worker",
                "whatHappened", "Something that mattered", "domains", java.util.List.of("physical-mental-health")))
                .post("/api/cases/" + caseId + "/moments").then().statusCode(201);
    }
}
