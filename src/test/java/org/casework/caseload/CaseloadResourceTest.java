package org.casework.caseload;

import static org.casework.support.Api.api;
import static org.casework.support.Api.invalid;
import static org.casework.support.Fixtures.etag;
import static org.casework.support.Fixtures.interaction;
import static org.casework.support.Fixtures.interactionBody;
import static org.casework.support.Fixtures.openCase;
import static org.casework.support.Fixtures.person;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Fixtures.worker;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;

import org.casework.support.TestClock;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CaseloadResourceTest {

    private static final OffsetDateTime NOW = TestClock.now();
    private static final LocalDate TODAY = TestClock.today();

    @Test
    void theCaseloadPutsTheLongestWithoutContactFirstAndFlagsThemAfter14Days() {
        String team = team();
        String me = worker(team);
        String contactedYesterday = openCase(person(team), team, me, NOW.minusDays(60).toString());
        String quietFor20Days = openCase(person(team), team, me, NOW.minusDays(60).toString());
        String neverContacted = openCase(person(team), team, me, NOW.minusDays(30).toString());
        String newThisWeek = openCase(person(team), team, me, NOW.minusDays(3).toString());
        interaction(contactedYesterday, me, NOW.minusDays(1).toString(), "made");
        interaction(quietFor20Days, me, NOW.minusDays(20).toString(), "made");
        // attempts are not contact
        interaction(quietFor20Days, me, NOW.minusDays(2).toString(), "no-answer");
        // another worker's case and a closed case of mine are not on my caseload
        openCase(person(team), team, worker(team), null);
        String closed = openCase(person(team), team, me, NOW.minusDays(10).toString());
        api().header("If-Match", etag("/api/cases/" + closed)).body(Map.of("reason", "goals-met"))
                .post("/api/cases/" + closed + "/closure").then().statusCode(200);

        String path = "/api/workers/" + me + "/caseload";
        api().get(path).then().statusCode(200)
                .body("items.caseId", contains(neverContacted, quietFor20Days, newThisWeek, contactedYesterday))
                .body("items.noRecentContact", contains(true, true, false, false))
                .body("items.daysSinceLastContact", contains(null, 20, null, 1))
                .body("items[0].lastContactAt", nullValue())
                .body("next", nullValue());

        List<String> seen = new ArrayList<>();
        String next = path + "?limit=3";
        while (next != null) {
            var page = api().get(next).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.caseId"));
            next = page.getString("next");
        }
        org.assertj.core.api.Assertions.assertThat(seen)
                .containsExactly(neverContacted, quietFor20Days, newThisWeek, contactedYesterday);
    }

    @Test
    void followUpsAreOverdueDueTodayOrUpcomingUntilALaterContactIsMade() {
        String team = team();
        String me = worker(team);
        String a = openCase(person(team), team, me, NOW.minusDays(60).toString());
        String b = openCase(person(team), team, me, NOW.minusDays(60).toString());
        String c = openCase(person(team), team, me, NOW.minusDays(60).toString());
        String d = openCase(person(team), team, me, NOW.minusDays(60).toString());

        String overdue = withFollowUp(a, me, NOW.minusDays(10), TODAY.minusDays(3));
        String dueToday = withFollowUp(b, me, NOW.minusDays(5), TODAY);
        String upcoming = withFollowUp(c, me, NOW.minusDays(5), TODAY.plusDays(5));
        withFollowUp(d, me, NOW.minusDays(5), TODAY.plusDays(30)); // beyond the 7-day horizon
        // a later attempt does not clear a follow-up; a later contact made does
        String cleared = withFollowUp(a, me, NOW.minusDays(20), TODAY.minusDays(15));
        interaction(b, me, NOW.minusDays(1).toString(), "no-answer");

        String path = "/api/workers/" + me + "/follow-ups";
        api().get(path).then().statusCode(200)
                .body("items.interactionId", contains(overdue, dueToday, upcoming))
                .body("items.status", contains("overdue", "due-today", "upcoming"))
                .body("items.followUpOn", contains(TODAY.minusDays(3).toString(), TODAY.toString(),
                        TODAY.plusDays(5).toString()));
        org.assertj.core.api.Assertions.assertThat(cleared).isNotIn(overdue, dueToday, upcoming);

        api().get(path + "?status=overdue").then().body("items.interactionId", contains(overdue));
        api().get(path + "?status=due-today").then().body("items.interactionId", contains(dueToday));
        api().get(path + "?status=upcoming").then().body("items.interactionId", contains(upcoming));
        api().get(path + "?limit=2").then().body("items", hasSize(2)).body("next", org.hamcrest.Matchers.notNullValue());

        api().get("/api/workers/" + me + "/caseload").then()
                .body("items.find { it.caseId == '" + a + "' }.nextFollowUpOn", equalTo(TODAY.minusDays(3).toString()));

        interaction(a, me, NOW.minusHours(1).toString(), "made");
        api().get(path + "?status=overdue").then().body("items", hasSize(0));
    }

    @Test
    void badParametersAndUnknownWorkersAreRefused() {
        String me = worker(team());
        invalid().get("/api/workers/" + me + "/follow-ups?status=someday").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        invalid().get("/api/workers/" + me + "/caseload?limit=0").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        api().get("/api/workers/" + me + "/caseload").then().statusCode(200).body("items", hasSize(0));
        api().get("/api/workers/" + UUID.randomUUID() + "/caseload").then().statusCode(404);
        api().get("/api/workers/" + UUID.randomUUID() + "/follow-ups").then().statusCode(404);
    }

    private static String withFollowUp(String caseId, String worker, OffsetDateTime at, LocalDate followUpOn) {
        Map<String, Object> body = interactionBody(worker, at.toString(), "made");
        body.put("followUpOn", followUpOn.toString());
        return api().body(body).post("/api/cases/" + caseId + "/interactions").then().statusCode(201)
                .extract().path("id");
    }
}
