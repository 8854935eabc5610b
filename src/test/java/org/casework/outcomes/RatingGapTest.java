package org.casework.outcomes;

import static org.casework.outcomes.Assessments.ONS4;
import static org.casework.outcomes.Assessments.SWEMWBS;
import static org.casework.outcomes.Assessments.body;
import static org.casework.outcomes.Assessments.record;
import static org.casework.outcomes.Assessments.swemwbsAnswersFor;
import static org.casework.support.Api.api;
import static org.casework.support.Fixtures.openCase;
import static org.casework.support.Fixtures.person;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Fixtures.worker;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;

import org.casework.support.TestClock;
import org.junit.jupiter.api.Test;

/** Self against worker ratings, worked out by hand in the comments. */
@QuarkusTest
class RatingGapTest {

    private static final OffsetDateTime NOW = TestClock.now();

    @Test
    void aWorkerWhoRatesHigherEveryTimeIsSaidToDoSo() {
        String team = team();
        String caseId = openCase(person(team), team, worker(team), NOW.minusDays(200).toString());
        // pair 1: self raw 7 (7.00), worker raw 9 (11.25) five days later: gap +4.25
        assess(caseId, 100, body("swemwbs", "self", SWEMWBS, swemwbsAnswersFor(7)));
        assess(caseId, 95, body("swemwbs", "worker", SWEMWBS, swemwbsAnswersFor(9)));
        // pair 2: self raw 8 (9.51), worker raw 9 (11.25) the same day: gap +1.74
        assess(caseId, 20, body("swemwbs", "self", SWEMWBS, swemwbsAnswersFor(8)));
        assess(caseId, 20, body("swemwbs", "worker", SWEMWBS, swemwbsAnswersFor(9)));
        // a worker rating 30 days from any self-rating pairs with nothing
        assess(caseId, 60, body("swemwbs", "worker", SWEMWBS, swemwbsAnswersFor(35)));
        // ONS4: anxiety self 8, worker 5: the worker sees less anxiety, so +3; happiness self 6, worker 4: -2
        assess(caseId, 10, body("ons4", "self", ONS4, 5, 5, 6, 8));
        assess(caseId, 9, body("ons4", "worker", ONS4, 5, 5, 4, 5));

        api().get("/api/cases/" + caseId + "/rating-gaps").then().statusCode(200)
                .body("summaries", hasSize(1))
                .body("summaries[0].instrument", equalTo("swemwbs")).body("summaries[0].pairs", equalTo(2))
                .body("summaries[0].workerHigher", equalTo(2))
                .body("summaries[0].meanGap", equalTo(3.0f)) // (4.25 + 1.74) / 2 = 2.995
                .body("summaries[0].workerConsistentlyHigher", equalTo(true))
                .body("pairs", hasSize(3))
                .body("pairs[0].instrument", equalTo("ons4")).body("pairs[0].overallGap", equalTo(null))
                .body("pairs[0].items.find { it.item == 'anxiety' }.gap", equalTo(3.0f))
                .body("pairs[0].items.find { it.item == 'happiness' }.gap", equalTo(-2.0f))
                .body("pairs[1].overallGap", equalTo(1.74f)).body("pairs[2].overallGap", equalTo(4.25f));
    }

    @Test
    void withoutPairsThereIsNothingToSayAndUnknownCasesAreNotFound() {
        String team = team();
        String caseId = openCase(person(team), team, worker(team), NOW.minusDays(50).toString());
        assess(caseId, 10, body("swemwbs", "self", SWEMWBS, swemwbsAnswersFor(20)));
        api().get("/api/cases/" + caseId + "/rating-gaps").then().statusCode(200)
                .body("pairs", hasSize(0)).body("summaries", hasSize(0));
        api().get("/api/cases/" + UUID.randomUUID() + "/rating-gaps").then().statusCode(404);
    }

    private static void assess(String caseId, int daysAgo, Map<String, Object> body) {
        body.put("assessedAt", NOW.minusDays(daysAgo).toString());
        record(caseId, body);
    }
}
