package org.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.support.Api.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.casework.support.Fixtures;
import org.casework.support.WebFixtures;
import org.casework.support.WebFixtures.Desk;
import org.casework.support.WebSession;
import org.junit.jupiter.api.Test;

/** Finding and registering people through the web client, without a browser. */
@QuarkusTest
class PeoplePageTest {

    @Test
    void searchFindsOnlyPeopleTheWorkersTeamsMaySee() {
        Desk mine = WebFixtures.desk();
        Desk theirs = WebFixtures.desk();
        String myName = api().get("/api/people/" + mine.personId()).then().extract().path("fullName");
        String theirName = api().get("/api/people/" + theirs.personId()).then().extract().path("fullName");
        WebSession web = WebSession.signIn(mine.username());

        String mineFound = web.get("/people", Map.of("name", myName)).asString();
        String theirsFound = web.get("/people", Map.of("name", theirName)).asString();

        assertThat(mineFound).contains("1 match").contains("/people/" + mine.personId());
        assertThat(theirsFound).contains("No matches").doesNotContain(theirs.personId())
                .contains("Register a new person");
    }

    /** The share of contacts with the key worker, which the API gives as a percentage, shows as one. */
    @Test
    void thePersonPageShowsTheKeyWorkersShareAsAPercentage() {
        Desk desk = WebFixtures.desk();
        String colleague = org.casework.support.Fixtures.worker(desk.teamId());
        for (String lead : List.of(desk.workerId(), desk.workerId(), desk.workerId(), colleague)) {
            org.casework.support.Fixtures.interaction(desk.caseId(), lead,
                    WebFixtures.iso(org.casework.support.TestClock.now().minusHours(1)), "made");
        }
        String page = WebSession.signIn(desk.username()).get("/people/" + desk.personId()).asString();
        assertThat(page).containsPattern("Contacts with the key worker</th>(<td[^>]*>[^<]*</td>)?<td[^>]*>75%</td>");
    }

    @Test
    void aNewPersonIsRegisteredWithTheirOwnWordsFirst() {
        Desk desk = WebFixtures.desk();
        WebSession web = WebSession.signIn(desk.username());
        web.get("/people/new?name=Rhian").then().statusCode(200);
        String fullName = Fixtures.unique("Rhian Pritchard");
        Map<String, Object> form = new HashMap<>();
        form.put("token", web.formToken());
        form.put("registeredByTeamId", desk.teamId());
        form.put("preferredName", "Rhian");
        form.put("fullName", fullName);
        form.put("dateOfBirth-day", "4");
        form.put("dateOfBirth-month", "7");
        form.put("dateOfBirth-year", "1991");
        form.put("pronouns", "she/her");
        form.put("preferredLanguage", "cy");
        form.put("whatMattersToMe", "Seeing my daughter at weekends");
        form.put("strengths", "Determined\n\nGood with money when settled\n");
        form.put("safetyNotes", "Do not visit alone after dark");
        form.put("consentToShareAcrossTeams", "no");

        Response saved = web.post("/people", form);

        assertThat(saved.statusCode()).as("errors: " + WebSession.errorSummary(saved)).isEqualTo(303);
        String location = saved.header("Location");
        assertThat(location).contains("done=person-registered");
        String id = location.replaceFirst(".*/people/([^?]+).*", "$1");
        var stored = api().get("/api/people/" + id).then().statusCode(200).extract();
        assertThat(stored.<String>path("fullName")).isEqualTo(fullName);
        assertThat(stored.<String>path("dateOfBirth")).isEqualTo("1991-07-04");
        assertThat(stored.<String>path("preferredLanguage")).isEqualTo("cy");
        assertThat(stored.<List<String>>path("strengths")).containsExactly("Determined", "Good with money when settled");
        assertThat(stored.<String>path("registeredByTeamId")).isEqualTo(desk.teamId());
        String page = web.get(location).asString();
        assertThat(page).contains("Person registered").contains("Seeing my daughter at weekends")
                .contains("Do not visit alone after dark").contains("Prefers Welsh");
        assertThat(page.indexOf("Do not visit alone after dark")).as("safety notes come before the rest")
                .isLessThan(page.indexOf("Seeing my daughter at weekends"));

        assertThat(web.post("/people", form).header("Location")).as("the same form again").isEqualTo(location);
        assertThat(api().queryParam("name", fullName).get("/api/people").then().extract()
                .<List<?>>path("items")).hasSize(1);
    }

    @Test
    void registrationErrorsKeepWhatWasTypedAndStoreNothing() {
        Desk desk = WebFixtures.desk();
        WebSession web = WebSession.signIn(desk.username());
        web.get("/people/new");
        String typed = Fixtures.unique("Typed");
        Map<String, Object> form = new HashMap<>();
        form.put("token", web.formToken());
        form.put("whatMattersToMe", typed);
        form.put("dateOfBirth-day", "31");
        form.put("dateOfBirth-month", "2");
        form.put("dateOfBirth-year", "1990");

        Response page = web.post("/people", form);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString()).contains("govuk-error-summary").contains("href=\"#preferredName\"")
                .contains("href=\"#fullName\"").contains("href=\"#dateOfBirth-day\"").contains(typed);
        assertThat(api().queryParam("name", typed).get("/api/people").then().extract()
                .<List<?>>path("items")).isEmpty();
    }

    @Test
    void pagesAreInWelshWhenAskedAndTheChoiceIsRemembered() {
        Desk desk = WebFixtures.desk();
        WebSession web = WebSession.signIn(desk.username());

        Response welsh = web.get("/?lang=cy");
        Response next = web.get("/people");
        Response browserAsks = WebSession.signIn(desk.username()).request().header("Accept-Language", "cy,en;q=0.5")
                .get("/");

        assertThat(welsh.header("Content-Language")).isEqualTo("cy");
        assertThat(welsh.asString()).contains("<html lang=\"cy\"");
        assertThat(welsh.cookie("casework-lang")).isEqualTo("cy");
        assertThat(next.asString()).as("remembered by the cookie").contains("<html lang=\"cy\"");
        assertThat(browserAsks.header("Content-Language")).isEqualTo("cy");
    }

    @Test
    void signingInIsNeededAndSomeoneWhoIsNoLongerAWorkerSeesNoCasework() {
        Desk desk = WebFixtures.desk();
        Response anonymous = WebSession.anonymous().request().get("/people/" + desk.personId());
        assertThat(anonymous.statusCode()).isEqualTo(303);
        assertThat(anonymous.header("Location")).endsWith("/sign-in");

        WebSession web = WebSession.signIn(desk.username());
        String etag = api().get("/api/workers/" + desk.workerId()).header("ETag");
        api().header("If-Match", etag).body(Map.of("username", desk.username(), "displayName", "Left", "roles",
                List.of("worker"), "teamIds", List.of(desk.teamId()), "active", false))
                .put("/api/workers/" + desk.workerId()).then().statusCode(200);

        Response refused = web.get("/people/" + desk.personId());
        assertThat(refused.statusCode()).isEqualTo(403);
        String personName = api().get("/api/people/" + desk.personId()).then().extract().path("fullName");
        assertThat(refused.asString()).contains("You are not set up as a worker").doesNotContain(personName);
    }
}
