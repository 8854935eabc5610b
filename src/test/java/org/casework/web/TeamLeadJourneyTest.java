package org.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.support.Api.api;

import java.net.URL;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.casework.support.Browser;
import org.casework.support.Fixtures;
import org.casework.support.TestClock;
import org.casework.support.WebFixtures;
import org.casework.support.WebFixtures.Desk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A team lead in a real browser (Debian's Chromium): their team's figures and people only, the CSV equal to the
 * table, a target edit race, at phone width and without JavaScript; and a worker refused these pages.
 */
@QuarkusTest
class TeamLeadJourneyTest {

    @TestHTTPResource("/")
    URL root;

    @BeforeEach
    void chromium() {
        Browser.requireChromium();
    }

    private String base() {
        return root.toString().replaceAll("/$", "");
    }

    /** A quarter as the page says it: "January to March 2025". */
    private static String inWords(LocalDate quarter) {
        return quarter.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " to "
                + quarter.plusMonths(2).getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + quarter.getYear();
    }

    @Test
    void aLeadSeesOnlyTheirTeamAndTheCsvEqualsTheTable() {
        Desk lead = WebFixtures.desk("team-lead");
        Desk other = WebFixtures.desk("team-lead");
        String mine = WebFixtures.frequentPresenter(lead, "mental-health");
        String theirs = WebFixtures.frequentPresenter(other, "mental-health");
        String otherTeam = api().get("/api/teams/" + other.teamId()).then().extract().path("name");
        try (Browser browser = Browser.open(base(), 1280, 900, true)) {
            browser.signInAs(WebFixtures.displayName(lead));
            browser.follow("Your teams");
            assertThat(browser.text()).doesNotContain(otherTeam);
            browser.follow("Workload");
            assertThat(browser.heading().getText()).startsWith("Workload: ");
            assertThat(browser.text()).contains(WebFixtures.displayName(lead))
                    .doesNotContain(WebFixtures.displayName(other));
            browser.assertAccessible("workload");

            browser.go("/dashboards/repeats?months=3");
            List<String> links = browser.driver().findElements(By.cssSelector("main a[href^='/people/']")).stream()
                    .map(a -> a.getAttribute("href")).toList();
            assertThat(links).anyMatch(href -> href.endsWith(mine)).noneMatch(href -> href.endsWith(theirs));

            // the CSV, fetched with the page's own session, holds every row of the monthly table
            String csv = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch('/dashboards/repeats.csv?months=3').then(r => r.text()).then(done);""");
            WebElement table = browser.driver().findElement(By.xpath(
                    "//h2[normalize-space(.)='Presentation-days and repeats by month']"
                            + "/following::table[1]"));
            List<String> expected = new ArrayList<>();
            for (WebElement row : table.findElements(By.cssSelector("tbody tr"))) {
                String month = row.findElement(By.tagName("th")).getText();
                List<WebElement> cells = row.findElements(By.tagName("td"));
                expected.add("\"Presentation-days and repeats by month\",\"" + month + "\",\"Presentation-days\",\""
                        + cells.get(0).getText() + "\"");
                expected.add("\"Presentation-days and repeats by month\",\"" + month + "\",\"Repeats\",\""
                        + cells.get(1).getText() + "\"");
            }
            assertThat(expected).isNotEmpty();
            assertThat(csv.lines().toList()).containsAll(expected);
        }
    }

    @Test
    void aTargetChangedBySomeoneElseInBetweenShowsTheErrorSummaryAndTheCurrentVersion() {
        Desk lead = WebFixtures.desk("team-lead");
        String target = Fixtures.target(lead.teamId(), "offers-accepted", null, "at-least", 70, "quarter");
        String path = "/api/teams/" + lead.teamId() + "/targets/" + target;
        try (Browser browser = Browser.open(base(), 1280, 900, true)) {
            browser.signInAs(WebFixtures.displayName(lead));
            browser.go("/teams/" + lead.teamId() + "/scorecard");
            browser.screenshot("scorecard-desktop");
            browser.follow("Change");
            // someone else changes it while the page is open
            api().header("If-Match", Fixtures.etag(path))
                    .body(Fixtures.targetBody("offers-accepted", null, "at-least", 85, "year"))
                    .put(path).then().statusCode(200);
            browser.type("Threshold", "75").press("Save target");
            WebElement summary = browser.driver().findElement(By.className("govuk-error-summary"));
            assertThat(summary.getText()).contains("This target was changed by someone else");
            assertThat(browser.field("Threshold").getAttribute("value")).isEqualTo("85");
            assertThat(browser.field("Each year").isSelected()).isTrue();
            browser.assertAccessible("target edit race");
            browser.screenshot("target-edit-race");
            api().get(path).then().body("threshold", org.hamcrest.Matchers.equalTo(85.0f));

            browser.type("Threshold", "75").press("Save target");
            assertThat(browser.path()).startsWith("/teams/" + lead.teamId() + "/scorecard");
            assertThat(browser.text()).contains("Target changed").contains("At least 75%");
            api().get(path).then().body("threshold", org.hamcrest.Matchers.equalTo(75.0f));
        }
    }

    @Test
    void theLeadsPagesFitAPhoneAndWorkWithoutJavaScript() {
        Desk lead = WebFixtures.desk("team-lead");
        WebFixtures.frequentPresenter(lead, "mental-health");
        Fixtures.target(lead.teamId(), "cases-closed-within-days", 28, "at-least", 60, "month");
        try (Browser browser = Browser.open(base(), 320, 800, false)) {
            browser.signInAs(WebFixtures.displayName(lead));
            for (String page : List.of("/teams", "/teams/" + lead.teamId() + "/workload",
                    "/teams/" + lead.teamId() + "/scorecard", "/dashboards/repeats",
                    "/teams/" + lead.teamId() + "/scorecard/targets/new")) {
                browser.go(page);
                assertThat(browser.overflowing()).as(page).isEmpty();
            }
            browser.go("/teams/" + lead.teamId() + "/scorecard");
            browser.screenshot("scorecard-phone");
            // the period form works as a plain GET without JavaScript: the same quarter last year (one offered)
            LocalDate today = TestClock.today();
            LocalDate quarter = LocalDate.of(today.getYear() - 1, (today.getMonthValue() - 1) / 3 * 3 + 1, 1);
            String period = quarter.getYear() + "-Q" + ((quarter.getMonthValue() - 1) / 3 + 1);
            new org.openqa.selenium.support.ui.Select(browser.field("Period")).selectByValue(period);
            browser.press("Show");
            assertThat(browser.path()).contains("period=" + period);
            assertThat(browser.text()).contains(inWords(quarter) + ", compared with " + inWords(quarter.minusMonths(3))
                    + ".");
            browser.go("/teams/" + lead.teamId() + "/workload");
            browser.screenshot("workload-phone");
        }
    }

    @Test
    void aWorkerWhoIsNotALeadGetsTheForbiddenPage() {
        Desk worker = WebFixtures.desk();
        try (Browser browser = Browser.open(base(), 1280, 900, true)) {
            browser.signInAs(WebFixtures.displayName(worker));
            for (String page : List.of("/teams", "/teams/" + worker.teamId() + "/workload",
                    "/teams/" + worker.teamId() + "/scorecard", "/dashboards/repeats")) {
                browser.go(page);
                assertThat(browser.heading().getText()).as(page).isEqualTo("You cannot do this");
            }
            browser.assertAccessible("forbidden");
            // but their own figures are on their day
            browser.go("/");
            assertThat(browser.text()).contains("Your last 28 days");
        }
    }
}
