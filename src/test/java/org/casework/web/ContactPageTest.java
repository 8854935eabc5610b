package org.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.support.Api.api;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.casework.support.TestClock;
import org.casework.support.WebFixtures;
import org.casework.support.WebFixtures.Desk;
import org.casework.support.WebSession;
import org.junit.jupiter.api.Test;

/** Logging a contact through the web form, without a browser: what is stored, and what is refused. */
@QuarkusTest
class ContactPageTest {

    /** The cases of the desk were opened two days ago; the contacts are yesterday at noon. */
    private static final LocalDate YESTERDAY = TestClock.today().minusDays(1);

    static Map<String, Object> madeContact(String token) {
        Map<String, Object> form = new HashMap<>();
        form.put("token", token);
        form.put("contactStatus", "made");
        form.put("day", String.valueOf(YESTERDAY.getDayOfMonth()));
        form.put("month", String.valueOf(YESTERDAY.getMonthValue()));
        form.put("year", String.valueOf(YESTERDAY.getYear()));
        form.put("time", "12:00");
        form.put("channel", "phone");
        form.put("initiator", "person");
        form.put("issues", List.of("debt", "benefits"));
        form.put("summary", "Talked through the arrears letter");
        form.put("whatMattered", "Keeping the flat");
        return form;
    }

    @Test
    void aMadeContactIsStoredAndTheWorkerIsSentBackToThePersonWithAConfirmation() {
        Desk desk = WebFixtures.desk();
        WebSession web = WebSession.signIn(desk.username());
        web.get("/cases/" + desk.caseId() + "/contacts/new").then().statusCode(200);

        Response saved = web.post("/cases/" + desk.caseId() + "/contacts", madeContact(web.formToken()));

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.header("Location")).endsWith("/people/" + desk.personId() + "?done=contact-logged");
        var stored = api().get("/api/cases/" + desk.caseId() + "/interactions").then().statusCode(200).extract();
        assertThat(stored.<String>path("items[0].summary")).isEqualTo("Talked through the arrears letter");
        assertThat(stored.<List<String>>path("items[0].issues")).containsExactly("benefits", "debt");
        assertThat(stored.<String>path("items[0].leadWorkerId")).isEqualTo(desk.workerId());
        assertThat(stored.<String>path("items[0].contactStatus")).isEqualTo("made");
        Response person = web.get(saved.header("Location"));
        assertThat(person.asString()).contains("govuk-notification-banner--success").contains("Contact logged");
    }

    @Test
    void anAttemptedContactIsStoredAsAttempted() {
        Desk desk = WebFixtures.desk();
        WebSession web = WebSession.signIn(desk.username());
        web.get("/cases/" + desk.caseId() + "/contacts/new");
        Map<String, Object> attempt = madeContact(web.formToken());
        attempt.put("contactStatus", "no-answer");

        web.post("/cases/" + desk.caseId() + "/contacts", attempt).then().statusCode(303);

        assertThat(api().get("/api/cases/" + desk.caseId() + "/interactions").then().extract()
                .<String>path("items[0].contactStatus")).isEqualTo("no-answer");
    }

    @Test
    void errorsAreListedKeepWhatWasTypedAndStoreNothing() {
        Desk desk = WebFixtures.desk();
        WebSession web = WebSession.signIn(desk.username());
        web.get("/cases/" + desk.caseId() + "/contacts/new");
        Map<String, Object> form = madeContact(web.formToken());
        form.put("time", "25:99");
        form.remove("channel");
        form.put("summary", "Typed before the mistake");

        Response page = web.post("/cases/" + desk.caseId() + "/contacts", form);

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.asString();
        assertThat(html).contains("govuk-error-summary").contains("<title>Error:")
                .contains("href=\"#time\"").contains("href=\"#channel\"")
                .contains("in the 24-hour clock").contains("Select how the contact happened")
                .contains("Typed before the mistake");
        assertThat(WebFixtures.contacts(desk.caseId())).isZero();
    }

    @Test
    void aContactWithAMomentStoresBothOrNeither() {
        Desk desk = WebFixtures.desk();
        WebSession web = WebSession.signIn(desk.username());
        web.get("/cases/" + desk.caseId() + "/contacts/new");
        Map<String, Object> form = madeContact(web.formToken());
        form.put("addMoment", "yes");
        form.put("whatHappened", "I rang the landlord myself");
        form.put("inTheirWords", "yes");
        form.put("observer", "worker");
        // no moment type and no well-being domain: the moment is refused, so the contact is not stored either

        Response refused = web.post("/cases/" + desk.caseId() + "/contacts", form);

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.asString()).contains("href=\"#momentType\"").contains("href=\"#domains\"");
        assertThat(WebFixtures.contacts(desk.caseId())).isZero();

        form.put("momentType", "self-advocacy");
        form.put("domains", List.of("securing-rights"));
        web.post("/cases/" + desk.caseId() + "/contacts", form).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("done=contact-and-moment-logged"));
        assertThat(WebFixtures.contacts(desk.caseId())).isEqualTo(1);
        var moments = api().get("/api/cases/" + desk.caseId() + "/moments").then().statusCode(200).extract();
        assertThat(moments.<String>path("items[0].whatHappened")).isEqualTo("I rang the landlord myself");
        assertThat(moments.<Boolean>path("items[0].inTheirWords")).isTrue();
    }

    @Test
    void theSameFormSubmittedTwiceStoresOneContact() {
        Desk desk = WebFixtures.desk();
        WebSession web = WebSession.signIn(desk.username());
        web.get("/cases/" + desk.caseId() + "/contacts/new");
        Map<String, Object> form = madeContact(web.formToken());

        Response first = web.post("/cases/" + desk.caseId() + "/contacts", form);
        Response again = web.post("/cases/" + desk.caseId() + "/contacts", form);

        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(WebFixtures.contacts(desk.caseId())).isEqualTo(1);
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndStoresNothing() {
        Desk desk = WebFixtures.desk();
        WebSession web = WebSession.signIn(desk.username());

        Response refused = web.request().contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("contactStatus", "made", "channel", "phone"))
                .post("/cases/" + desk.caseId() + "/contacts");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("text/html");
        assertThat(WebFixtures.contacts(desk.caseId())).isZero();
    }

    @Test
    void anotherTeamsCaseIsNotFoundAndShowsNoData() {
        Desk mine = WebFixtures.desk();
        Desk theirs = WebFixtures.desk();
        WebSession web = WebSession.signIn(mine.username());

        Response form = web.get("/cases/" + theirs.caseId() + "/contacts/new");
        Response person = web.get("/people/" + theirs.personId());

        assertThat(form.statusCode()).isEqualTo(404);
        assertThat(person.statusCode()).isEqualTo(404);
        String theirName = api().get("/api/people/" + theirs.personId()).then().extract().path("fullName");
        assertThat(form.asString()).contains("Page not found").doesNotContain(theirName);
        assertThat(person.asString()).doesNotContain(theirName);
        web.get("/cases/" + theirs.caseId() + "/contacts/new");
        Map<String, Object> contact = madeContact(java.util.UUID.randomUUID().toString());
        assertThat(web.post("/cases/" + theirs.caseId() + "/contacts", contact).statusCode()).isEqualTo(404);
        assertThat(WebFixtures.contacts(theirs.caseId())).isZero();
    }

    @Test
    void whatAPageShowsAndStoresIsAuditedAsTheApiWouldBe() {
        Desk desk = WebFixtures.desk();
        WebSession web = WebSession.signIn(desk.username());
        web.get("/people/" + desk.personId()).then().statusCode(200);
        web.get("/cases/" + desk.caseId() + "/contacts/new");
        web.post("/cases/" + desk.caseId() + "/contacts", madeContact(web.formToken())).then().statusCode(303);

        var events = api().header("X-Purpose", "test of the web client's audit")
                .queryParam("personId", desk.personId()).queryParam("username", desk.username())
                .queryParam("limit", "100").get("/api/audit").then().statusCode(200).extract();
        List<String> actions = events.path("items.action");
        List<String> types = events.path("items.resourceType");
        assertThat(actions).contains("read", "create");
        assertThat(types).contains("person", "interaction", "case");
    }
}
