package org.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.support.Api.as;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.casework.support.Fixtures;
import org.casework.support.TestClock;
import org.casework.support.Tokens;
import org.casework.support.WebFixtures;
import org.casework.support.WebFixtures.Desk;
import org.casework.support.WebSession;
import org.junit.jupiter.api.Test;

/** The team lead's workload page, its CSV and each worker's own figures on My day, against the API. */
@QuarkusTest
class WorkloadPageTest {

    /** Two weighty contacts and one attempt by the desk's worker in the last days. */
    private static void history(Desk desk) {
        OffsetDateTime now = TestClock.now();
        Fixtures.contact(desk.caseId(), desk.workerId(), WebFixtures.iso(now.minusDays(1)), "made", "person", "phone",
                "mental-health");
        Fixtures.contact(desk.caseId(), desk.workerId(), WebFixtures.iso(now.minusHours(1)), "made", "worker",
                "phone", "safeguarding");
        Fixtures.contact(desk.caseId(), desk.workerId(), WebFixtures.iso(now.minusHours(2)), "no-answer", "worker",
                "phone");
    }

    @Test
    void aLeadSeesEachWorkerOfTheirTeamInNameOrderAndTheCsvHoldsExactlyTheFigures() {
        Desk lead = WebFixtures.desk("team-lead");
        history(lead);
        Desk stranger = WebFixtures.desk("team-lead");
        WebSession web = WebSession.signIn(lead.username());

        Response teams = web.get("/teams");
        assertThat(teams.statusCode()).isEqualTo(200);
        assertThat(teams.asString()).contains("/teams/" + lead.teamId() + "/workload")
                .contains("/teams/" + lead.teamId() + "/scorecard").doesNotContain(stranger.teamId());

        Response page = web.get("/teams/" + lead.teamId() + "/workload");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.asString();
        var api = as(Tokens.of(lead.username(), "team-lead")).get("/api/teams/" + lead.teamId() + "/workload")
                .then().statusCode(200).extract();
        List<String> names = api.path("workers.displayName");
        // the page says it is not a league table, and lists the workers in the API's (name) order
        assertThat(html).contains("They are not a league table");
        int last = -1;
        for (String name : names) {
            int at = html.indexOf("<h3 class=\"govuk-summary-card__title\">" + name + "</h3>");
            assertThat(at).as(name).isGreaterThan(last);
            last = at;
        }
        String me = "workers.find { it.workerId == '" + lead.workerId() + "' }.";
        int weighty = api.path(me + "weightyContacts");
        assertThat(weighty).isEqualTo(2);

        Response csv = web.get("/teams/" + lead.teamId() + "/workload.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String myName = api.path(me + "displayName");
        assertThat(csv.asString().lines()).contains(
                "\"Workload\",\"" + myName + "\",\"Contacts made\",\"2\"",
                "\"Workload\",\"" + myName + "\",\"Contacts attempted\",\"1\"",
                "\"Workload\",\"" + myName + "\",\"Contacts about weighty issues\",\"2\"");

        // another team's workload is not found; an unknown month is the default period
        assertThat(web.get("/teams/" + stranger.teamId() + "/workload").statusCode()).isEqualTo(404);
        assertThat(web.get("/teams/" + lead.teamId() + "/workload", Map.of("month", "1999-01")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aWorkerSeesTheirOwnFiguresOnMyDayButNotTheTeamsPages() {
        Desk worker = WebFixtures.desk();
        history(worker);
        WebSession web = WebSession.signIn(worker.username());
        String myDay = web.get("/").asString();
        assertThat(myDay).contains("Your last 28 days").contains("Contacts about weighty issues");
        assertThat(web.get("/teams").statusCode()).isEqualTo(403);
        assertThat(web.get("/teams/" + worker.teamId() + "/workload").statusCode()).isEqualTo(403);
        assertThat(web.get("/teams/" + worker.teamId() + "/workload.csv").statusCode()).isEqualTo(403);
        assertThat(myDay).doesNotContain("href=\"/teams\"");
    }

    @Test
    void theWorkloadPageIsInWelsh() {
        Desk lead = WebFixtures.desk("team-lead");
        WebSession web = WebSession.signIn(lead.username());
        String html = web.get("/teams/" + lead.teamId() + "/workload", Map.of("lang", "cy")).asString();
        assertThat(html).contains("Llwyth gwaith").contains("Nid tabl cynghrair ydyn nhw");
    }
}
