package org.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.support.Api.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.casework.support.Fixtures;
import org.casework.support.TestClock;
import org.casework.support.WebFixtures;
import org.casework.support.WebFixtures.Desk;
import org.casework.support.WebSession;
import org.junit.jupiter.api.Test;

/** Case actions through the web client, without a browser: what is stored and what is refused. */
@QuarkusTest
class CasePageTest {

    private static Map<String, Object> form(WebSession web, Object... pairs) {
        Map<String, Object> form = new HashMap<>();
        form.put("token", web.formToken());
        for (int i = 0; i < pairs.length; i += 2) {
            form.put((String) pairs[i], pairs[i + 1]);
        }
        return form;
    }

    @Test
    void aWorkerOpensACaseAndIsItsKeyWorkerByDefault() {
        Desk desk = WebFixtures.desk();
        String person = Fixtures.person(desk.teamId());
        WebSession web = WebSession.signIn(desk.username());
        String page = web.get("/cases/new?person=" + person).then().statusCode(200).extract().asString();
        assertThat(page).contains("value=\"" + desk.workerId() + "\" checked");

        Response opened = web.post("/cases",
                form(web, "personId", person, "teamId", desk.teamId(), "keyWorkerId", desk.workerId(), "summary", "Rent arrears"));

        assertThat(opened.statusCode()).as("errors: " + WebSession.errorSummary(opened)).isEqualTo(303);
        String caseId = opened.header("Location").replaceFirst(".*/cases/([^?]+).*", "$1");
        var stored = api().get("/api/cases/" + caseId).then().statusCode(200).extract();
        assertThat(stored.<String>path("keyWorkerId")).isEqualTo(desk.workerId());
        assertThat(stored.<String>path("personId")).isEqualTo(person);
        assertThat(web.get(opened.header("Location")).asString()).contains("Case opened").contains("Rent arrears");
    }

    @Test
    void onlyTeamLeadsCloseACaseAndAStaleFormChangesNothing() {
        Desk lead = WebFixtures.desk("team-lead");
        Desk worker = WebFixtures.desk();
        WebSession asWorker = WebSession.signIn(worker.username());
        Response forbidden = asWorker.get("/cases/" + worker.caseId() + "/closure");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        // refused by role, not for being unknown: the page says so (it once said "not set up as a worker")
        assertThat(forbidden.asString()).contains("You cannot do this").doesNotContain("not set up as a worker");
        assertThat(asWorker.get("/cases/" + worker.caseId()).asString()).doesNotContain("Close the case");

        WebSession web = WebSession.signIn(lead.username());
        web.get("/cases/" + lead.caseId() + "/closure").then().statusCode(200);
        Map<String, Object> close = form(web, "version", "0", "reason", "housed", "note", "Moved into a flat");
        // someone else changes the case in between
        String etag = api().get("/api/cases/" + lead.caseId()).header("ETag");
        api().header("If-Match", etag).body(Map.of("summary", "Changed elsewhere"))
                .put("/api/cases/" + lead.caseId()).then().statusCode(200);

        Response stale = web.post("/cases/" + lead.caseId() + "/closure", close);
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(WebSession.errorSummary(stale)).anyMatch(e -> e.contains("Someone else changed this case"));
        assertThat(api().get("/api/cases/" + lead.caseId()).then().extract().<String>path("status")).isEqualTo("open");

        web.get("/cases/" + lead.caseId() + "/closure");
        Response closed = web.post("/cases/" + lead.caseId() + "/closure",
                form(web, "version", String.valueOf(api().get("/api/cases/" + lead.caseId()).then().extract()
                        .<Integer>path("version")), "reason", "housed", "note", "Moved into a flat"));
        assertThat(closed.statusCode()).as("errors: " + WebSession.errorSummary(closed)).isEqualTo(303);
        var stored = api().get("/api/cases/" + lead.caseId()).then().extract();
        assertThat(stored.<String>path("status")).isEqualTo("closed");
        assertThat(stored.<String>path("closureReason")).isEqualTo("housed");
    }

    @Test
    void aTeamLeadHandsACaseOver() {
        Desk lead = WebFixtures.desk("team-lead");
        String colleague = Fixtures.worker(lead.teamId());
        WebSession web = WebSession.signIn(lead.username());
        String page = web.get("/cases/" + lead.caseId() + "/handover").asString();
        assertThat(page).contains("value=\"" + colleague + "\"").doesNotContain("value=\"" + lead.workerId() + "\"");
        String version = String.valueOf(api().get("/api/cases/" + lead.caseId()).then().extract().<Integer>path("version"));

        Response handed = web.post("/cases/" + lead.caseId() + "/handover",
                form(web, "version", version, "toWorkerId", colleague, "reason", "Going on leave"));

        assertThat(handed.statusCode()).as("errors: " + WebSession.errorSummary(handed)).isEqualTo(303);
        assertThat(api().get("/api/cases/" + lead.caseId()).then().extract().<String>path("keyWorkerId"))
                .isEqualTo(colleague);
    }

    @Test
    void anOfferDeclinedNeedsItsReason() {
        Desk desk = WebFixtures.desk();
        WebSession web = WebSession.signIn(desk.username());
        web.get("/cases/" + desk.caseId() + "/offers/new");
        Response made = web.post("/cases/" + desk.caseId() + "/offers", form(web, "offerType",
                "temporary-accommodation", "description", "Room at Ty Gwyn hostel", "finalOffer", "yes"));
        assertThat(made.statusCode()).as("errors: " + WebSession.errorSummary(made)).isEqualTo(303);
        var offer = api().get("/api/offers?caseId=" + desk.caseId()).then().statusCode(200).extract();
        String offerId = offer.path("items[0].id");
        assertThat(offer.<Boolean>path("items[0].finalOffer")).isTrue();

        web.get("/cases/" + desk.caseId() + "/offers/" + offerId + "/response");
        Response noReason = web.post("/cases/" + desk.caseId() + "/offers/" + offerId + "/response",
                form(web, "version", "0", "offerId", offerId, "response", "declined"));
        assertThat(noReason.statusCode()).isEqualTo(200);
        assertThat(noReason.asString()).contains("href=\"#reason\"");
        assertThat(api().get("/api/offers/" + offerId).then().extract().<String>path("status")).isEqualTo("offered");

        Response answered = web.post("/cases/" + desk.caseId() + "/offers/" + offerId + "/response",
                form(web, "version", "0", "offerId", offerId, "response", "declined", "reason",
                        "Too far from my daughter's school"));
        assertThat(answered.statusCode()).as("errors: " + WebSession.errorSummary(answered)).isEqualTo(303);
        var stored = api().get("/api/offers/" + offerId).then().extract();
        assertThat(stored.<String>path("status")).isEqualTo("declined");
        assertThat(stored.<String>path("responseReason")).isEqualTo("Too far from my daughter's school");
    }

    @Test
    void aReferralAndAMomentAreRecorded() {
        Desk desk = WebFixtures.desk();
        String otherTeam = Fixtures.team();
        WebSession web = WebSession.signIn(desk.username());
        web.get("/cases/" + desk.caseId() + "/referrals/new");
        Response referred = web.post("/cases/" + desk.caseId() + "/referrals",
                form(web, "toTeamId", otherTeam, "reason", "Needs debt advice"));
        assertThat(referred.statusCode()).as("errors: " + WebSession.errorSummary(referred)).isEqualTo(303);
        assertThat(api().get("/api/referrals?caseId=" + desk.caseId()).then().extract()
                .<String>path("items[0].toTeamId")).isEqualTo(otherTeam);

        web.get("/cases/" + desk.caseId() + "/moments/new");
        java.time.LocalDate yesterday = TestClock.today().minusDays(1);
        Response moment = web.post("/cases/" + desk.caseId() + "/moments", form(web, "day",
                String.valueOf(yesterday.getDayOfMonth()), "month", String.valueOf(yesterday.getMonthValue()), "year",
                String.valueOf(yesterday.getYear()), "time", "10:30", "whatHappened", "Made her own appointment",
                "momentType", "step-towards-independence", "observer", "worker", "domains",
                List.of("securing-rights")));
        assertThat(moment.statusCode()).as("errors: " + WebSession.errorSummary(moment)).isEqualTo(303);
        assertThat(api().get("/api/cases/" + desk.caseId() + "/moments").then().extract()
                .<String>path("items[0].type")).isEqualTo("step-towards-independence");
    }
}
