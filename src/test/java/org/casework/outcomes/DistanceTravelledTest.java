package org.casework.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.outcomes.Assessments.DOMAINS;
import static org.casework.outcomes.Assessments.ONS4;
import static org.casework.outcomes.Assessments.SWEMWBS;
import static org.casework.outcomes.Assessments.body;
import static org.casework.outcomes.Assessments.decimal;
import static org.casework.outcomes.Assessments.record;
import static org.casework.outcomes.Assessments.swemwbsAnswersFor;
import static org.casework.support.Api.api;
import static org.casework.support.Api.as;
import static org.casework.support.Api.invalid;
import static org.casework.support.Fixtures.openCase;
import static org.casework.support.Fixtures.person;
import static org.casework.support.Fixtures.signedIn;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Fixtures.worker;
import static org.hamcrest.Matchers.equalTo;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.casework.support.TestClock;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DistanceTravelledTest {

    private static final OffsetDateTime NOW = TestClock.now();

    private static String caseOpenedDaysAgo(String team, String person, int days) {
        return openCase(person, team, worker(team), NOW.minusDays(days).toString());
    }

    private static void assess(String caseId, int daysAgo, Map<String, Object> body) {
        body.put("assessedAt", NOW.minusDays(daysAgo).toString());
        record(caseId, body);
    }

    private static Map<String, Object> swemwbs(String respondent, int raw) {
        return body("swemwbs", respondent, SWEMWBS, swemwbsAnswersFor(raw));
    }

    private static JsonPath get(String path) {
        return api().get(path).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void swemwbsChangeCountsWhenItReachesThreeMetricPoints() {
        String team = team();
        String person = person(team);
        String passing = caseOpenedDaysAgo(team, person, 30);
        // raw 7 = metric 7.00; raw 12 = 14.08; raw 9 = 11.25: first 7.00, latest 11.25, change +4.25 >= 3
        assess(passing, 20, swemwbs("self", 7));
        assess(passing, 10, swemwbs("worker", 12));
        // a declined item leaves no score: not a point, so 11.25 stays the latest
        Integer[] declined = swemwbsAnswersFor(35);
        declined[3] = null;
        assess(passing, 1, body("swemwbs", "self", SWEMWBS, declined));
        assess(passing, 5, swemwbs("self", 9));

        JsonPath all = get("/api/cases/" + passing + "/distance-travelled");
        assertThat(all.getString("personId")).isEqualTo(person);
        assertThat(all.getList("instruments")).hasSize(1);
        assertThat(all.getString("instruments[0].instrument")).isEqualTo("swemwbs");
        assertThat(all.getInt("instruments[0].version")).isEqualTo(1);
        assertThat(decimal(all.get("instruments[0].total.first"))).isEqualByComparingTo("7.00");
        assertThat(decimal(all.get("instruments[0].total.latest"))).isEqualByComparingTo("11.25");
        assertThat(decimal(all.get("instruments[0].total.change"))).isEqualByComparingTo("4.25");
        assertThat(all.getBoolean("instruments[0].total.meaningful")).isTrue();
        assertThat(all.getString("instruments[0].total.outcome")).isEqualTo("improved");
        assertThat(all.getList("instruments[0].total.series.respondent")).containsExactly("self", "worker", "self");
        assertThat(all.getList("instruments[0].items")).isEmpty();

        // only the worker's: one point, nothing to compare
        JsonPath byWorker = get("/api/cases/" + passing + "/distance-travelled?respondent=worker");
        assertThat(byWorker.getString("respondent")).isEqualTo("worker");
        assertThat(decimal(byWorker.get("instruments[0].total.first"))).isEqualByComparingTo("14.08");
        assertThat(decimal(byWorker.get("instruments[0].total.latest"))).isEqualByComparingTo("14.08");
        assertThat(byWorker.<Object>get("instruments[0].total.change")).isNull();
        assertThat(byWorker.<Object>get("instruments[0].total.outcome")).isNull();

        String notPassing = caseOpenedDaysAgo(team(), person(team()), 30);
        // raw 7 = 7.00 -> raw 8 = 9.51: change +2.51 < 3, so unchanged
        assess(notPassing, 20, swemwbs("self", 7));
        assess(notPassing, 10, swemwbs("self", 8));
        JsonPath small = get("/api/cases/" + notPassing + "/distance-travelled");
        assertThat(decimal(small.get("instruments[0].total.change"))).isEqualByComparingTo("2.51");
        assertThat(small.getBoolean("instruments[0].total.meaningful")).isFalse();
        assertThat(small.getString("instruments[0].total.outcome")).isEqualTo("unchanged");
    }

    @Test
    void ons4IsComparedPerQuestionAndLessAnxietyIsAnImprovement() {
        String team = team();
        String caseId = caseOpenedDaysAgo(team, person(team), 30);
        // life-satisfaction, worthwhile, happiness, anxiety; threshold 2 points per question
        assess(caseId, 20, body("ons4", "self", ONS4, 4, 5, 6, 8));
        assess(caseId, 10, body("ons4", "self", ONS4, null, 6, 6, 5));
        assess(caseId, 1, body("ons4", "self", ONS4, 5, 7, 3, 4));

        JsonPath result = get("/api/cases/" + caseId + "/distance-travelled");
        assertThat(result.<Object>get("instruments[0].total")).isNull();
        assertThat(result.getList("instruments[0].items.item")).containsExactly("life-satisfaction", "worthwhile",
                "happiness", "anxiety");
        // life satisfaction 4 -> 5 (+1 < 2), the declined answer in between skipped
        assertThat(result.getList("instruments[0].items[0].series")).hasSize(2);
        assertThat(result.getString("instruments[0].items[0].outcome")).isEqualTo("unchanged");
        // worthwhile 5 -> 7: +2 reaches 2, higher is better
        assertThat(result.getString("instruments[0].items[1].outcome")).isEqualTo("improved");
        // happiness 6 -> 3: -3
        assertThat(decimal(result.get("instruments[0].items[2].change"))).isEqualByComparingTo("-3");
        assertThat(result.getString("instruments[0].items[2].outcome")).isEqualTo("worse");
        // anxiety 8 -> 4: -4, and lower is better
        assertThat(result.getString("instruments[0].items[3].direction")).isEqualTo("lower-is-better");
        assertThat(decimal(result.get("instruments[0].items[3].change"))).isEqualByComparingTo("-4");
        assertThat(result.getBoolean("instruments[0].items[3].meaningful")).isTrue();
        assertThat(result.getString("instruments[0].items[3].outcome")).isEqualTo("improved");
    }

    @Test
    void wellBeingDomainsAreComparedAsAMeanAndPerDomain() {
        String team = team();
        String caseId = caseOpenedDaysAgo(team, person(team), 30);
        assess(caseId, 20, body("wellbeing-domains", "joint", DOMAINS, 4, 4, 4, 4, 4, 4, 4, 4));
        assess(caseId, 2, body("wellbeing-domains", "joint", DOMAINS, 8, 4, 4, 4, 4, 4, 4, 4));

        JsonPath result = get("/api/cases/" + caseId + "/distance-travelled");
        // mean 4.00 -> 36 / 8 = 4.50: +0.50 < 1
        assertThat(decimal(result.get("instruments[0].total.change"))).isEqualByComparingTo("0.50");
        assertThat(result.getString("instruments[0].total.outcome")).isEqualTo("unchanged");
        assertThat(result.getList("instruments[0].items")).hasSize(8);
        // health 4 -> 8: +4 >= 1
        assertThat(result.getString("instruments[0].items[0].item")).isEqualTo("physical-mental-health");
        assertThat(result.getString("instruments[0].items[0].outcome")).isEqualTo("improved");
        assertThat(result.getString("instruments[0].items[1].outcome")).isEqualTo("unchanged");
    }

    @Test
    void aPersonsViewLeavesOutTheAssessmentsOfTeamsTheCallerCannotRead() {
        String teamA = team();
        String teamB = team();
        String person = person(teamA);
        String caseA = caseOpenedDaysAgo(teamA, person, 30);
        String caseB = caseOpenedDaysAgo(teamB, person, 30);
        assess(caseA, 20, swemwbs("self", 7));
        assess(caseB, 10, swemwbs("self", 35));

        // across both teams: 7.00 -> 35.00, +28.00
        JsonPath everyTeam = get("/api/people/" + person + "/distance-travelled");
        assertThat(decimal(everyTeam.get("instruments[0].total.change"))).isEqualByComparingTo("28.00");
        assertThat(everyTeam.getString("instruments[0].total.outcome")).isEqualTo("improved");

        // team A's lead sees team A's single point only
        String leadA = signedIn("team-lead", teamA);
        JsonPath teamAOnly = as(leadA).get("/api/people/" + person + "/distance-travelled").then().statusCode(200)
                .extract().jsonPath();
        assertThat(teamAOnly.getList("instruments[0].total.series")).hasSize(1);
        assertThat(decimal(teamAOnly.get("instruments[0].total.latest"))).isEqualByComparingTo("7.00");
        assertThat(teamAOnly.<Object>get("instruments[0].total.outcome")).isNull();
        as(leadA).get("/api/cases/" + caseB + "/distance-travelled").then().statusCode(404);
    }

    @Test
    void unknownOrUnreadableSubjectsAre404AndNoAssessmentsAnEmptyList() {
        String team = team();
        String person = person(team);
        String caseId = caseOpenedDaysAgo(team, person, 30);
        api().get("/api/people/" + person + "/distance-travelled").then().statusCode(200)
                .body("personId", equalTo(person)).body("instruments", equalTo(List.of()));
        api().get("/api/cases/" + caseId + "/distance-travelled").then().statusCode(200)
                .body("instruments", equalTo(List.of()));

        api().get("/api/cases/" + UUID.randomUUID() + "/distance-travelled").then().statusCode(404);
        api().get("/api/people/" + UUID.randomUUID() + "/distance-travelled").then().statusCode(404);
        String outsider = signedIn("team-lead", team());
        as(outsider).get("/api/cases/" + caseId + "/distance-travelled").then().statusCode(404);
        as(outsider).get("/api/people/" + person + "/distance-travelled").then().statusCode(404);

        invalid().get("/api/cases/" + caseId + "/distance-travelled?respondent=nobody").then().statusCode(400)
                .body("errors[0].field", equalTo("respondent"));
    }
}
