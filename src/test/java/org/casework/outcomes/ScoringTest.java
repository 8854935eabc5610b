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
import static org.casework.support.Fixtures.openCase;
import static org.casework.support.Fixtures.person;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Fixtures.worker;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.casework.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The built-in instruments score by their published rules (docs/definitions.md). */
@QuarkusTest
class ScoringTest {

    /** The published SWEMWBS raw-to-metric conversion, typed in from the reference, index = raw - 7. */
    private static final String[] METRIC = { "7.00", "9.51", "11.25", "12.40", "13.33", "14.08", "14.75", "15.32",
            "15.84", "16.36", "16.88", "17.43", "17.98", "18.59", "19.25", "19.98", "20.73", "21.54", "22.35", "23.21",
            "24.11", "25.03", "26.02", "27.03", "28.13", "29.31", "30.70", "32.55", "35.00" };

    private String caseId;

    @BeforeEach
    void aCase() {
        String team = team();
        String person = person(team);
        caseId = openCase(person, team, worker(team), TestClock.now().minusDays(30).toString());
    }

    @Test
    void everySwemwbsRawScoreIsConvertedWithThePublishedTable() {
        Map<Integer, String> wrong = new LinkedHashMap<>();
        for (int raw = 7; raw <= 35; raw++) {
            Response recorded = record(caseId, body("swemwbs", "self", SWEMWBS, swemwbsAnswersFor(raw)));
            assertThat(recorded.<Integer>path("rawTotal")).isEqualTo(raw);
            BigDecimal score = decimal(recorded.path("score"));
            if (score == null || score.compareTo(new BigDecimal(METRIC[raw - 7])) != 0) {
                wrong.put(raw, String.valueOf(score));
            }
        }
        assertThat(wrong).as("raw totals scored differently from the published table").isEmpty();
        assertThat(api().get("/api/instruments/swemwbs").then().statusCode(200).extract().<List<?>>path("lookup"))
                .hasSize(29);
    }

    @Test
    void aSwemwbsWithADeclinedItemHasNoScoreButKeepsItsAnswers() {
        Response recorded = record(caseId, body("swemwbs", "joint", SWEMWBS, 3, 4, 2, null, 3, 5, 4));
        assertThat(recorded.<Object>path("score")).isNull();
        assertThat(recorded.<Object>path("rawTotal")).isNull();
        assertThat(recorded.<Object>path("band")).isNull();
        assertThat(recorded.<Boolean>path("answers[3].declined")).isTrue();
        assertThat(recorded.<Object>path("answers[3].value")).isNull();
        assertThat(recorded.<Integer>path("answers[5].value")).isEqualTo(5);
        assertThat(recorded.<String>path("instrument")).isEqualTo("swemwbs");
        assertThat(recorded.<Integer>path("instrumentVersion")).isEqualTo(1);
    }

    @Test
    void ons4ReportsEachQuestionInItsOwnBandsWithAnxietyReversedAndNoTotal() {
        // every value 0..10 on every question: the band it must fall in, per the ONS
        List<String> wrong = new ArrayList<>();
        for (int value = 0; value <= 10; value++) {
            Response recorded = record(caseId, body("ons4", "self", ONS4, value, value, value, value));
            assertThat(recorded.<Object>path("score")).isNull();
            assertThat(recorded.<Object>path("band")).isNull();
            String positive = value <= 4 ? "low" : value <= 6 ? "medium" : value <= 8 ? "high" : "very-high";
            String anxiety = value <= 1 ? "very-low" : value <= 3 ? "low" : value <= 5 ? "medium" : "high";
            for (int item = 0; item < 3; item++) {
                String band = recorded.path("answers[" + item + "].band");
                if (!positive.equals(band)) {
                    wrong.add(ONS4.get(item) + "=" + value + " banded " + band + ", expected " + positive);
                }
            }
            String band = recorded.path("answers[3].band");
            if (!anxiety.equals(band)) {
                wrong.add("anxiety=" + value + " banded " + band + ", expected " + anxiety);
            }
        }
        assertThat(wrong).isEmpty();

        Response ons4 = api().get("/api/instruments/ons4").then().statusCode(200).extract().response();
        assertThat(ons4.<String>path("scoringRule")).isEqualTo("per-item");
        assertThat(ons4.<String>path("items[3].direction")).isEqualTo("lower-is-better");
        assertThat(ons4.<String>path("items[0].direction")).isEqualTo("higher-is-better");
        assertThat(decimal(ons4.path("meaningfulChange"))).isEqualByComparingTo("2");
    }

    @Test
    void theWellbeingDomainsScoreIsTheMeanOfTheEightWithOurOwnStages() {
        Response recorded = record(caseId, body("wellbeing-domains", "joint", DOMAINS, 2, 5, 7, 9, 10, 1, 4, 6));
        // 44 / 8 = 5.5
        assertThat(decimal(recorded.path("score"))).isEqualByComparingTo("5.50");
        assertThat(recorded.<Integer>path("rawTotal")).isEqualTo(44);
        assertThat(recorded.<String>path("band")).isEqualTo("finding-a-way");
        assertThat(recorded.<List<String>>path("answers.band")).containsExactly("hard-going", "finding-a-way",
                "mostly-managing", "going-well", "going-well", "hard-going", "finding-a-way", "finding-a-way");

        Response rounded = record(caseId, body("wellbeing-domains", "worker", DOMAINS, 3, 4, 4, 4, 4, 4, 4, 4));
        // 31 / 8 = 3.875, rounded half up to two decimals; below 4 is still hard going
        assertThat(decimal(rounded.path("score"))).isEqualByComparingTo("3.88");
        assertThat(rounded.<String>path("band")).isEqualTo("hard-going");

        Response domains = api().get("/api/instruments/wellbeing-domains").then().statusCode(200).extract().response();
        assertThat(domains.<List<String>>path("items.code")).containsExactlyElementsOf(DOMAINS);
        // one code per domain: the instrument's items are the wellbeing-domain vocabulary's codes, in its order
        assertThat(domains.<List<String>>path("items.code")).containsExactlyElementsOf(api()
                .get("/api/reference/wellbeing-domain").then().statusCode(200).extract()
                .<List<String>>path("codes.code"));
        assertThat(domains.<List<String>>path("bands.code")).containsExactly("hard-going", "finding-a-way",
                "mostly-managing", "going-well");
        assertThat(domains.<Integer>path("items[0].scaleMin")).isEqualTo(1);
        assertThat(domains.<Integer>path("items[0].scaleMax")).isEqualTo(10);
    }

    @Test
    void theInstrumentsListShowsTheBuiltInsWithTheirRules() {
        Response list = api().get("/api/instruments?limit=100").then().statusCode(200).extract().response();
        assertThat(list.<List<String>>path("items.code")).contains("swemwbs", "ons4", "wellbeing-domains");
        assertThat(list.<List<String>>path("items.findAll { it.code == 'swemwbs' }.scoringRule"))
                .containsExactly("lookup");
        assertThat(list.<List<Boolean>>path("items.findAll { it.code == 'swemwbs' }.builtIn")).containsExactly(true);
        assertThat(list.<List<Object>>path("items.findAll { it.code == 'swemwbs' }.meaningfulChange"))
                .singleElement().satisfies(v -> assertThat(decimal(v)).isEqualByComparingTo("3"));
    }
}
