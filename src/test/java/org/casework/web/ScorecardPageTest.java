package org.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.support.Api.api;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.casework.support.Fixtures;
import org.casework.support.WebFixtures;
import org.casework.support.WebFixtures.Desk;
import org.casework.support.WebSession;
import org.junit.jupiter.api.Test;

/** The scorecard page and its target forms, without a browser: what is shown, stored and refused. */
@QuarkusTest
class ScorecardPageTest {

    /** Two cases closed in March 2025, one after 5 days, one after 40: half closed within 28 days. */
    private static void march(Desk lead) {
        String p1 = Fixtures.person(lead.teamId());
        Fixtures.closeCase(Fixtures.openCase(p1, lead.teamId(), lead.workerId(), "2025-03-01T10:00:00Z"), "goals-met",
                "2025-03-06T10:00:00Z");
        String p2 = Fixtures.person(lead.teamId());
        Fixtures.closeCase(Fixtures.openCase(p2, lead.teamId(), lead.workerId(), "2025-01-20T10:00:00Z"), "goals-met",
                "2025-03-01T10:00:00Z");
    }

    @Test
    void theTargetsBesideWhatPeopleSayWithThePeriodBeforeAndTheCsvHoldsTheSameFigures() {
        Desk lead = WebFixtures.desk("team-lead");
        march(lead);
        Fixtures.target(lead.teamId(), "cases-closed-within-days", 28, "at-least", 60, "month");
        WebSession web = WebSession.signIn(lead.username());

        Response page = web.get("/teams/" + lead.teamId() + "/scorecard", Map.of("period", "2025-03"));
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.asString();
        assertThat(html).contains("Cases closed within N days of opening (N = 28)")
                .contains("At least 60%").contains("March 2025, compared with February 2025.")
                .contains(">50%<").contains("Missed")
                // the gaming signal in one sentence: both closures, the 5-day one within 28 days
                .contains("0 of the 1 case closed within 28 days of opening came back within 90 days.");

        Response csv = web.get("/teams/" + lead.teamId() + "/scorecard/figures.csv", Map.of("period", "2025-03"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.asString().lines()).contains(
                "\"Targets\",\"Cases closed within N days of opening (N = 28)\",\"March 2025\",\"50%\"",
                "\"Targets\",\"Cases closed within N days of opening (N = 28)\",\"March 2025: At least 60%\",\"Missed\"",
                "\"Continuity of key worker\",\"Handovers\",\"March 2025\",\"0\"",
                "\"Cases closed fast that came back\",\"\",\"March 2025\",\"0 of the 1 case closed within 28 days "
                        + "of opening came back within 90 days.\"");
    }

    @Test
    void aLeadAddsATargetAndAnEditRaceShowsTheCurrentVersionInsteadOfOverwritingIt() {
        Desk lead = WebFixtures.desk("team-lead");
        WebSession web = WebSession.signIn(lead.username());
        String targets = "/api/teams/" + lead.teamId() + "/targets";

        assertThat(web.get("/teams/" + lead.teamId() + "/scorecard/targets/new").statusCode()).isEqualTo(200);
        Map<String, Object> form = new HashMap<>(Map.of("token", web.formToken(), "metric", "offers-accepted",
                "parameterDays", "14", "comparator", "at-least", "threshold", "75", "period", "quarter"));
        Response added = web.post("/teams/" + lead.teamId() + "/scorecard/targets/new", form);
        assertThat(added.statusCode()).as(WebSession.errorSummary(added).toString()).isEqualTo(303);
        assertThat(added.header("Location")).endsWith("/teams/" + lead.teamId() + "/scorecard?done=target-added");
        String id = api().get(targets).then().statusCode(200).extract().path("[0].id");
        // the days were for another kind of measure, so they were left out
        api().get(targets + "/" + id).then().statusCode(200).body("parameterDays", org.hamcrest.Matchers.nullValue())
                .body("threshold", org.hamcrest.Matchers.equalTo(75.0f));

        // the lead opens the target to change it; meanwhile someone else changes it through the API
        assertThat(web.get("/teams/" + lead.teamId() + "/scorecard/targets/" + id).statusCode()).isEqualTo(200);
        String token = web.formToken();
        api().header("If-Match", Fixtures.etag(targets + "/" + id))
                .body(Fixtures.targetBody("offers-accepted", null, "at-least", 80, "year"))
                .put(targets + "/" + id).then().statusCode(200);
        Map<String, Object> change = new HashMap<>(Map.of("token", token, "version", "0", "metric",
                "offers-accepted", "comparator", "at-least", "threshold", "90", "period", "quarter"));
        Response raced = web.post("/teams/" + lead.teamId() + "/scorecard/targets/" + id, change);
        assertThat(raced.statusCode()).isEqualTo(200);
        assertThat(WebSession.errorSummary(raced)).containsExactly("This target was changed by someone else after "
                + "you opened this page. Nothing was saved: here is the current version. Check it and make your "
                + "change again.");
        // the form now shows the current version: 80, each year, version 1
        assertThat(raced.asString()).contains("name=\"threshold\" type=\"text\" value=\"80\"")
                .contains("value=\"year\" checked").contains("name=\"version\" value=\"1\"");
        api().get(targets + "/" + id).then().body("threshold", org.hamcrest.Matchers.equalTo(80.0f));

        // made again on top of the current version, it is stored
        change.put("version", "1");
        Response again = web.post("/teams/" + lead.teamId() + "/scorecard/targets/" + id, change);
        assertThat(again.statusCode()).isEqualTo(303);
        api().get(targets + "/" + id).then().body("threshold", org.hamcrest.Matchers.equalTo(90.0f))
                .body("period", org.hamcrest.Matchers.equalTo("quarter"));

        // removed with the version it was read at
        web.get("/teams/" + lead.teamId() + "/scorecard/targets/" + id);
        Response removed = web.post("/teams/" + lead.teamId() + "/scorecard/targets/" + id + "/removal",
                Map.of("token", java.util.UUID.randomUUID().toString(), "version", "2"));
        assertThat(removed.statusCode()).isEqualTo(303);
        api().get(targets + "/" + id).then().statusCode(404);
    }

    @Test
    void badThresholdsAreNamedAndNothingIsStored() {
        Desk lead = WebFixtures.desk("team-lead");
        WebSession web = WebSession.signIn(lead.username());
        web.get("/teams/" + lead.teamId() + "/scorecard/targets/new");
        Response notANumber = web.post("/teams/" + lead.teamId() + "/scorecard/targets/new",
                Map.of("token", web.formToken(), "metric", "offers-accepted", "comparator", "at-least",
                        "threshold", "lots", "period", "quarter"));
        assertThat(WebSession.errorSummary(notANumber)).containsExactly("Enter Threshold in the right format");
        Response tooMuch = web.post("/teams/" + lead.teamId() + "/scorecard/targets/new",
                Map.of("token", web.formToken(), "metric", "offers-accepted", "comparator", "at-least",
                        "threshold", "150", "period", "quarter"));
        assertThat(WebSession.errorSummary(tooMuch)).containsExactly("Enter a value in the range allowed for Threshold");
        Response nothing = web.post("/teams/" + lead.teamId() + "/scorecard/targets/new",
                Map.of("token", web.formToken()));
        assertThat(WebSession.errorSummary(nothing)).hasSize(4);
        api().get("/api/teams/" + lead.teamId() + "/targets").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void aWorkerIsForbiddenAndAnotherTeamsLeadFindsNothing() {
        Desk worker = WebFixtures.desk();
        Desk lead = WebFixtures.desk("team-lead");
        WebSession asWorker = WebSession.signIn(worker.username());
        assertThat(asWorker.get("/teams/" + worker.teamId() + "/scorecard").statusCode()).isEqualTo(403);
        assertThat(asWorker.get("/teams/" + worker.teamId() + "/scorecard/targets/new").statusCode()).isEqualTo(403);
        WebSession asLead = WebSession.signIn(lead.username());
        assertThat(asLead.get("/teams/" + worker.teamId() + "/scorecard").statusCode()).isEqualTo(404);
    }

    @Test
    void theScorecardIsInWelsh() {
        Desk lead = WebFixtures.desk("team-lead");
        WebSession web = WebSession.signIn(lead.username());
        String html = web.get("/teams/" + lead.teamId() + "/scorecard", Map.of("period", "2025-Q2", "lang", "cy"))
                .asString();
        assertThat(html).contains("Targedau a chanlyniadau meddal").contains("Ebrill i Mehefin 2025");
    }
}
