package org.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.support.Api.api;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.casework.support.Browser;
import org.casework.support.Fixtures;
import org.casework.support.WebFixtures;
import org.casework.support.WebFixtures.Desk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * axe-core reports no violation of any impact on any page of the web client, in English and in Welsh, and every
 * page says which language it is in. Forms are also checked showing their errors.
 */
@QuarkusTest
class EveryPageAccessibleTest {

    @TestHTTPResource("/")
    URL root;

    @BeforeEach
    void chromium() {
        Browser.requireChromium();
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "cy" })
    void everyPagePassesAxe(String language) {
        Desk lead = WebFixtures.desk("team-lead");
        String other = Fixtures.team();
        String offer = api().body(Map.of("caseId", lead.caseId(), "offerType", "temporary-accommodation",
                "description", "A room", "offeredByWorkerId", lead.workerId())).post("/api/offers").then()
                .statusCode(201).extract().path("id");
        String stranger = WebFixtures.desk().personId();
        String displayName = api().get("/api/workers/" + lead.workerId()).then().extract().path("displayName");
        String target = Fixtures.target(lead.teamId(), "cases-closed-within-days", 28, "at-least", 60, "month");
        String fullName = api().get("/api/people/" + lead.personId()).then().extract().path("fullName");

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("my day", "/");
        pages.put("find a person", "/people");
        pages.put("search results", "/people?name=" + fullName.replace(' ', '+'));
        pages.put("no search results", "/people?name=nobody-at-all");
        pages.put("register", "/people/new");
        pages.put("person", "/people/" + lead.personId());
        pages.put("case", "/cases/" + lead.caseId());
        pages.put("log a contact", "/cases/" + lead.caseId() + "/contacts/new");
        pages.put("record a moment", "/cases/" + lead.caseId() + "/moments/new");
        pages.put("choose an assessment", "/cases/" + lead.caseId() + "/assessments/new");
        pages.put("ONS4", "/cases/" + lead.caseId() + "/assessments/new?instrument=ons4");
        pages.put("well-being domains", "/cases/" + lead.caseId() + "/assessments/new?instrument=wellbeing-domains");
        pages.put("open a case", "/cases/new?person=" + lead.personId());
        pages.put("make an offer", "/cases/" + lead.caseId() + "/offers/new");
        pages.put("answer an offer", "/cases/" + lead.caseId() + "/offers/" + offer + "/response");
        pages.put("send a referral", "/cases/" + lead.caseId() + "/referrals/new");
        pages.put("hand over", "/cases/" + lead.caseId() + "/handover");
        pages.put("close", "/cases/" + lead.caseId() + "/closure");
        pages.put("repeat presentations", "/dashboards/repeats");
        pages.put("your teams", "/teams");
        pages.put("workload", "/teams/" + lead.teamId() + "/workload");
        pages.put("scorecard", "/teams/" + lead.teamId() + "/scorecard");
        pages.put("add a target", "/teams/" + lead.teamId() + "/scorecard/targets/new");
        pages.put("change a target", "/teams/" + lead.teamId() + "/scorecard/targets/" + target);
        pages.put("not found", "/people/" + stranger);

        List<String> failures = new ArrayList<>();
        try (Browser browser = Browser.open(root.toString().replaceAll("/$", ""), 1280, 900, true)) {
            browser.go("/sign-in?lang=" + language);
            check(browser, "sign-in", language, failures);
            browser.signInAs(displayName);
            for (var page : pages.entrySet()) {
                browser.go(page.getValue());
                check(browser, page.getKey(), language, failures);
                if (List.of("repeat presentations", "workload", "scorecard").contains(page.getKey())) {
                    browser.screenshot(page.getKey().replace(' ', '-') + "-" + language);
                }
            }
            // the forms showing their errors: submitted empty
            for (String form : List.of("/cases/" + lead.caseId() + "/contacts/new", "/people/new",
                    "/cases/" + lead.caseId() + "/closure", "/cases/" + lead.caseId()
                            + "/assessments/new?instrument=swemwbs",
                    "/teams/" + lead.teamId() + "/scorecard/targets/new")) {
                browser.go(form);
                browser.driver().findElement(By.cssSelector("main form[method=post] button[type=submit]")).click();
                browser.heading();
                assertThat(browser.driver().findElements(By.className("govuk-error-summary"))).as(form).isNotEmpty();
                check(browser, form + " with errors", language, failures);
            }
            browser.screenshot("errors-" + language);
        }
        assertThat(failures).isEmpty();
    }

    private static void check(Browser browser, String page, String language, List<String> failures) {
        String lang = browser.driver().findElement(By.tagName("html")).getAttribute("lang");
        if (!language.equals(lang)) {
            failures.add(page + ": html lang is " + lang);
        }
        try {
            browser.assertAccessible(page + " (" + language + ")");
        } catch (AssertionError violation) {
            failures.add(violation.getMessage());
        }
    }
}
