package org.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.support.Api.api;
import static org.casework.support.Api.as;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.casework.support.TestClock;
import org.casework.support.Tokens;
import org.casework.support.WebFixtures;
import org.casework.support.WebFixtures.Desk;
import org.casework.support.WebSession;
import org.junit.jupiter.api.Test;

/** The team lead's repeat presentations page and its CSV, without a browser, against the API's own figures. */
@QuarkusTest
class RepeatDashboardPageTest {

    @Test
    void aLeadSeesTheApisFiguresForTheirTeamsOnlyAndTheCsvHoldsExactlyThem() {
        Desk lead = WebFixtures.desk("team-lead");
        Desk other = WebFixtures.desk("team-lead");
        String mine = WebFixtures.frequentPresenter(lead, "debt");
        String theirs = WebFixtures.frequentPresenter(other, "debt");
        String myName = api().get("/api/people/" + mine).then().extract().path("preferredName");

        WebSession web = WebSession.signIn(lead.username());
        Response page = web.get("/dashboards/repeats", Map.of("months", "3"));
        Response csv = web.get("/dashboards/repeats.csv", Map.of("months", "3"));

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.asString();
        assertThat(html).contains("/people/" + mine).doesNotContain("/people/" + theirs)
                .contains("5 presentation-days in the 12 months to");
        var dashboard = as(Tokens.of(lead.username(), "team-lead"))
                .queryParam("from", TestClock.today().minusMonths(3).plusDays(1).toString())
                .get("/api/dashboards/repeat-presentations").then().statusCode(200).extract();
        int days = dashboard.path("totals.presentationDays");
        int repeats = dashboard.path("totals.repeatPresentations");
        assertThat(html).contains("<dd class=\"govuk-summary-list__value\">" + days + "</dd>");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.asString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("\"Section\",\"Item\",\"Measure\",\"Value\"");
        assertThat(lines).contains("\"Headline figures\",\"\",\"Presentation-days\",\"" + days + "\"",
                "\"Headline figures\",\"\",\"Repeats\",\"" + repeats + "\"",
                "\"Frequent presenters\",\"" + myName + "\",\"Presentation-days\",\"5\"");
        // every month of the table is in the CSV with the same figures
        List<String> months = dashboard.path("monthly.month");
        List<Integer> monthlyDays = dashboard.path("monthly.presentationDays");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            expected.add("\"Presentation-days and repeats by month\",\"" + months.get(i) + "\",\"Presentation-days\",\""
                    + monthlyDays.get(i) + "\"");
        }
        assertThat(lines).containsAll(expected);
    }

    @Test
    void theCsvHeadingsFollowTheLanguage() {
        Desk lead = WebFixtures.desk("team-lead");
        WebSession web = WebSession.signIn(lead.username());
        String csv = web.get("/dashboards/repeats.csv", Map.of("lang", "cy")).asString();
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("\"Adran\",\"Eitem\",\"Mesur\",\"Gwerth\"");
    }

    @Test
    void aWorkerWhoIsNotALeadGetsTheForbiddenPage() {
        Desk worker = WebFixtures.desk();
        WebSession web = WebSession.signIn(worker.username());
        Response page = web.get("/dashboards/repeats");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.asString()).contains("You cannot do this");
        assertThat(web.get("/").asString()).doesNotContain("/dashboards/repeats");
    }

    @Test
    void aFieldStartingWithAFormulaIsDefusedInTheCsv() {
        assertThat(Csv.quoted("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.quoted("-12")).isEqualTo("\"-12\"");
        assertThat(Csv.quoted("Jo")).isEqualTo("\"Jo\"");
    }
}
