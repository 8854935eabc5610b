package org.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.support.Api.api;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.casework.support.Browser;
import org.casework.support.TestClock;
import org.casework.support.WebFixtures;
import org.casework.support.WebFixtures.Desk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A frontline worker's day in a real browser (Debian's Chromium): sign in, my day, a person's story, logging
 * contacts made and attempted, with a moment, in Welsh, on a phone, with the keyboard alone and without
 * JavaScript. Every page passes axe. Screenshots go to target/screenshots for people to review.
 */
@QuarkusTest
class WorkerJourneyTest {

    private static final LocalDate YESTERDAY = TestClock.today().minusDays(1);

    @TestHTTPResource("/")
    URL root;

    @BeforeEach
    void chromium() {
        Browser.requireChromium();
    }

    private String base() {
        return root.toString().replaceAll("/$", "");
    }

    private static String personName(Desk desk) {
        return api().get("/api/people/" + desk.personId()).then().extract().path("preferredName");
    }

    /** Fills the contact form as yesterday at noon, by phone, started by the person. */
    private static void fillContact(Browser browser, String summary) {
        browser.type("Day", String.valueOf(YESTERDAY.getDayOfMonth()))
                .type("Month", String.valueOf(YESTERDAY.getMonthValue()))
                .type("Year", String.valueOf(YESTERDAY.getYear()))
                .type("Time", "12:00")
                .choose("Phone")
                .choose("The person")
                .choose("Debt")
                .type("Summary (optional)", summary);
    }

    @Test
    void aWorkerSignsInSeesTheirDayAndLogsAMadeContact() {
        Desk desk = WebFixtures.desk();
        try (Browser browser = Browser.open(base(), 1280, 900, true)) {
            browser.go("/sign-in");
            browser.assertAccessible("sign-in");
            browser.screenshot("sign-in-desktop");
            browser.signInAs(WebFixtures.displayName(desk));
            assertThat(browser.heading().getText()).isEqualTo("My day");
            assertThat(browser.text()).contains(personName(desk)).contains("Log a contact");
            browser.assertAccessible("my day");
            browser.screenshot("my-day-desktop");

            browser.follow("Log a contact");
            assertThat(browser.heading().getText()).isEqualTo("Log a contact with " + personName(desk));
            browser.assertAccessible("log a contact");
            fillContact(browser, "Went through the rent statement together");
            browser.type("What mattered to them today (optional)", "Not losing the flat");
            browser.press("Log contact");

            assertThat(browser.path()).startsWith("/people/" + desk.personId());
            assertThat(browser.heading().getText()).isEqualTo(personName(desk));
            assertThat(browser.text()).contains("Contact logged").contains("Went through the rent statement together");
            browser.assertAccessible("person");
            browser.screenshot("person-desktop");
        }
        assertThat(WebFixtures.contacts(desk.caseId())).isEqualTo(1);
    }

    @Test
    void anAttemptedContactIsLoggedOnAPhoneSizedScreen() {
        Desk desk = WebFixtures.desk();
        try (Browser browser = Browser.open(base(), 320, 800, true)) {
            browser.signInAs(WebFixtures.displayName(desk));
            assertThat(browser.overflowing()).as("my day fits 320 CSS pixels").isEmpty();
            browser.go("/cases/" + desk.caseId() + "/contacts/new");
            assertThat(browser.overflowing()).as("the contact form fits 320 CSS pixels").isEmpty();
            browser.choose("No, there was no answer");
            fillContact(browser, "Rang twice, no answer");
            browser.screenshot("log-a-contact-phone");
            browser.press("Log contact");
            assertThat(browser.heading().getText()).isEqualTo(personName(desk));
            assertThat(browser.text()).contains("Contact logged");
            browser.screenshot("person-phone");
            assertThat(browser.overflowing()).as("the person's page fits 320 CSS pixels").isEmpty();
        }
        assertThat(api().get("/api/cases/" + desk.caseId() + "/interactions").then().extract()
                .<String>path("items[0].contactStatus")).isEqualTo("no-answer");
    }

    @Test
    void aContactWithAMomentIsLoggedInTheWelshInterface() {
        Desk desk = WebFixtures.desk();
        try (Browser browser = Browser.open(base(), 1280, 900, true)) {
            browser.signInAs(WebFixtures.displayName(desk));
            browser.follow("Cymraeg");
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("cy");
            browser.assertAccessible("my day in Welsh");
            browser.go("/cases/" + desk.caseId() + "/contacts/new");
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                    .as("the choice is remembered").isEqualTo("cy");
            browser.assertAccessible("log a contact in Welsh");
            WebElement submit = browser.driver().findElement(By.cssSelector("form[action$='/contacts'] button[type=submit]"));
            String submitText = submit.getText();
            assertThat(submitText).isNotEqualTo("Log contact");
            browser.type("Diwrnod", String.valueOf(YESTERDAY.getDayOfMonth()))
                    .type("Mis", String.valueOf(YESTERDAY.getMonthValue()))
                    .type("Blwyddyn", String.valueOf(YESTERDAY.getYear()))
                    .choose("Ffôn")
                    .choose("Yr unigolyn");
            browser.field("Amser").clear();
            browser.field("Amser").sendKeys("12:00");
            WebElement moment = browser.driver().findElement(By.id("addMoment"));
            moment.click();
            browser.driver().findElement(By.id("whatHappened")).sendKeys("Dw i wedi ffonio'r landlord fy hun");
            browser.driver().findElement(By.id("inTheirWords")).click();
            browser.choose("Wedi siarad drostynt eu hunain");
            browser.driver().findElement(By.cssSelector("input[name=observer][value=worker]")).click();
            browser.driver().findElement(By.cssSelector("input[name=domains][value=securing-rights]")).click();
            browser.screenshot("log-a-contact-welsh");
            browser.press(submitText);
            assertThat(browser.path()).startsWith("/people/" + desk.personId());
            assertThat(browser.heading().getText()).isEqualTo(personName(desk));
            browser.assertAccessible("person in Welsh");
            browser.screenshot("person-welsh");
        }
        var moments = api().get("/api/cases/" + desk.caseId() + "/moments").then().statusCode(200).extract();
        assertThat(moments.<String>path("items[0].whatHappened")).isEqualTo("Dw i wedi ffonio'r landlord fy hun");
        assertThat(moments.<List<String>>path("items[0].domains")).containsExactly("securing-rights");
    }

    @Test
    void theLoggingJourneyWorksWithTheKeyboardAlone() {
        Desk desk = WebFixtures.desk();
        try (Browser browser = Browser.open(base(), 1280, 900, true)) {
            browser.signInAs(WebFixtures.displayName(desk));
            browser.go("/cases/" + desk.caseId() + "/contacts/new");
            browser.keyboardType("Day", String.valueOf(YESTERDAY.getDayOfMonth()))
                    .keyboardType("Month", String.valueOf(YESTERDAY.getMonthValue()))
                    .keyboardType("Year", String.valueOf(YESTERDAY.getYear()))
                    .keyboardType("Time", "12:00");
            // a radio group is one Tab stop: Tab reaches its first option, the space bar chooses it
            browser.keyboardTick(firstOption(browser, "channel"));
            browser.keyboardTick(firstOption(browser, "initiator"));
            browser.keyboardType("Summary (optional)", "Logged without a mouse");
            browser.tabTo("button:Log contact").sendKeys(Keys.ENTER);
            assertThat(browser.heading().getText()).isEqualTo(personName(desk));
            assertThat(browser.text()).contains("Contact logged").contains("Logged without a mouse");
        }
        assertThat(WebFixtures.contacts(desk.caseId())).isEqualTo(1);
    }

    private static String firstOption(Browser browser, String group) {
        String id = browser.driver().findElement(By.cssSelector("input[name=" + group + "]")).getAttribute("id");
        return browser.driver().findElement(By.cssSelector("label[for=" + id + "]")).getText().strip();
    }

    @Test
    void theLoggingJourneyWorksWithoutJavaScriptAndADoubleClickStoresOneContact() {
        Desk desk = WebFixtures.desk();
        try (Browser browser = Browser.open(base(), 1280, 900, false)) {
            browser.signInAs(WebFixtures.displayName(desk));
            browser.go("/cases/" + desk.caseId() + "/contacts/new");
            assertThat(browser.driver().findElement(By.id("whatHappened")).isDisplayed())
                    .as("the moment's fields are shown without JavaScript").isTrue();
            fillContact(browser, "No script, clicked twice");
            WebElement submit = browser.driver().findElement(By.xpath("//button[normalize-space(.)='Log contact']"));
            new Actions(browser.driver()).doubleClick(submit).perform();
            browser.heading();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
                    .until(d -> d.getCurrentUrl().contains("/people/"));
            assertThat(browser.text()).contains("Contact logged");
        }
        assertThat(WebFixtures.contacts(desk.caseId())).isEqualTo(1);
    }

    @Test
    void aWorkerOfAnotherTeamGetsNotFoundAndNoData() {
        Desk mine = WebFixtures.desk();
        Desk theirs = WebFixtures.desk();
        String theirFullName = api().get("/api/people/" + theirs.personId()).then().extract().path("fullName");
        try (Browser browser = Browser.open(base(), 1280, 900, true)) {
            browser.signInAs(WebFixtures.displayName(mine));
            browser.go("/people/" + theirs.personId());
            assertThat(browser.heading().getText()).isEqualTo("Page not found");
            assertThat(browser.text()).doesNotContain(theirFullName);
            browser.assertAccessible("not found");
            browser.screenshot("not-found");
        }
    }

    @Test
    void aWorkerCompletesASwemwbsAssessmentAndSeesTheChange() {
        Desk desk = WebFixtures.desk();
        // the first assessment, a week ago, all items answered 2: a total of 14 raw
        List<java.util.Map<String, Object>> answers = new java.util.ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            answers.add(java.util.Map.of("item", "swemwbs-" + i, "value", 2));
        }
        var items = api().get("/api/instruments/swemwbs").then().statusCode(200).extract().<List<String>>path("items.code");
        answers.clear();
        items.forEach(code -> answers.add(java.util.Map.of("item", code, "value", 2)));
        api().body(java.util.Map.of("instrument", "swemwbs", "respondent", "self", "answers", answers,
                "assessedAt", WebFixtures.iso(TestClock.now().minusDays(1))))
                .post("/api/cases/" + desk.caseId() + "/assessments").then().statusCode(201);
        try (Browser browser = Browser.open(base(), 1280, 900, true)) {
            browser.signInAs(WebFixtures.displayName(desk));
            browser.go("/cases/" + desk.caseId() + "/assessments/new");
            browser.assertAccessible("choose an assessment");
            browser.choose("Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS)");
            browser.press("Continue");
            browser.assertAccessible("SWEMWBS");
            browser.choose("The person");
            for (String code : items) {
                browser.driver().findElement(By.cssSelector("input[name='item-" + code + "'][value='4']")).click();
            }
            browser.screenshot("assessment-desktop");
            browser.press("Save assessment");
            assertThat(browser.text()).contains("Assessment saved").contains("Last time").contains("Change")
                    .contains("Better than last time");
            browser.assertAccessible("assessment result");
            browser.screenshot("assessment-result");
        }
        assertThat(api().get("/api/cases/" + desk.caseId() + "/assessments").then().extract()
                .<List<?>>path("items")).hasSize(2);
    }
}
