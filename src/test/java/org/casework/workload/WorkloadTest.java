package org.casework.workload;

import static org.casework.support.Api.api;
import static org.casework.support.Api.as;
import static org.casework.support.Api.invalid;
import static org.casework.support.Fixtures.admin;
import static org.casework.support.Fixtures.closeCase;
import static org.casework.support.Fixtures.etag;
import static org.casework.support.Fixtures.interactionBody;
import static org.casework.support.Fixtures.openCase;
import static org.casework.support.Fixtures.personBody;
import static org.casework.support.Fixtures.signedIn;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Fixtures.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;

import org.casework.support.TestClock;
import org.casework.support.Tokens;
import org.junit.jupiter.api.Test;

/** The weight each worker carries, on hand-built histories with the answers worked out in the comments. */
@QuarkusTest
class WorkloadTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /**
     * March 2025 (Greenwich time until 01:00 UTC on Sunday 30 March, then British summer time). Alun leads nine
     * contacts in the period, two outside it and one in another team; Bethan one; Carys, the lead, none.
     */
    @Test
    void eachWorkersFiguresOverAPastPeriod() {
        String t = team();
        String other = team();
        String alun = member("Alun", t, other);
        String bethan = member("Bethan", t);
        String carysName = "Carys " + UUID.randomUUID().toString().substring(0, 8);
        String carys = Tokens.of(memberAs(carysName, "team-lead", t), "team-lead");

        // Alun's caseload at the end of 31 March: a1 (safety notes), a2 (handed over from Bethan on 10 March) and
        // a4 (safety notes; handed to Bethan only in April) = 3 cases, 2 people with safety notes. Not a3 (closed
        // on 15 March), nor a5 (opened in April).
        String a1 = openCase(person(t, "Threats from a neighbour"), t, alun, "2025-02-01T10:00:00Z");
        String a2 = openCase(person(t, null), t, bethan, "2025-02-01T10:00:00Z");
        handOver(a2, alun, "2025-03-10T10:00:00Z");
        String a3 = openCase(person(t, "Dog at the address"), t, alun, "2025-02-01T10:00:00Z");
        closeCase(a3, "goals-met", "2025-03-15T10:00:00Z");
        String a4 = openCase(person(t, "Do not visit alone"), t, alun, "2025-02-01T10:00:00Z");
        handOver(a4, bethan, "2025-04-05T10:00:00Z");
        openCase(person(t, null), t, alun, "2025-04-10T10:00:00Z");
        // Bethan's: b1 only (a4 came to her after the period)
        String b1 = openCase(person(t, null), t, bethan, "2025-03-20T10:00:00Z");

        contact(a1, alun, "2025-03-03T10:00:00Z", "made", 60, "mental-health"); // Mon 10:00, weighty
        contact(a1, alun, "2025-03-08T11:00:00Z", "made", 30, "rent-arrears"); // Saturday: out of hours
        contact(a1, alun, "2025-03-04T07:30:00Z", "made", null, "safeguarding"); // 07:30: weighty, out of hours
        contact(a1, alun, "2025-03-05T12:00:00Z", "no-answer", null); // attempted
        contact(a2, alun, "2025-03-06T12:00:00Z", "did-not-attend", null); // attempted
        contact(a2, alun, "2025-03-28T17:30:00Z", "made", 45); // Friday 17:30 GMT: in hours
        contact(a2, alun, "2025-03-29T12:00:00Z", "made", 0, "substance-use"); // Saturday, weighty
        contact(a4, alun, "2025-03-30T10:00:00Z", "made", 30, "domestic-abuse"); // Sunday 11:00 BST, weighty
        contact(a4, alun, "2025-03-31T17:30:00Z", "made", 15, "homelessness"); // 18:30 BST: out of hours, weighty
        // outside the period: 28 February 23:30 GMT, and 1 April 00:30 BST (23:30 UTC on 31 March)
        contact(a1, alun, "2025-02-28T23:30:00Z", "made", 60, "mental-health");
        contact(a1, alun, "2025-03-31T23:30:00Z", "made", 60, "safeguarding");
        // another team's record, although Alun belongs to it
        String elsewhere = openCase(person(other, "Elsewhere"), other, alun, "2025-02-01T10:00:00Z");
        contact(elsewhere, alun, "2025-03-31T10:00:00Z", "made", 120, "safeguarding");

        contact(b1, bethan, "2025-03-31T10:00:00Z", "made", 50, "mental-health", "debt");

        as(carys).queryParam("from", "2025-03-01").queryParam("to", "2025-03-31")
                .get("/api/teams/" + t + "/workload").then().statusCode(200)
                .body("team.id", equalTo(t)).body("from", equalTo("2025-03-01")).body("to", equalTo("2025-03-31"))
                .body("asOf", equalTo("2025-03-31"))
                .body("rules.weightyIssues", contains("safeguarding", "domestic-abuse", "mental-health",
                        "substance-use", "homelessness"))
                .body("rules.dayStarts", equalTo("08:00")).body("rules.dayEnds", equalTo("18:00"))
                // name order; the tester ("Test Lead") is a lead of every test team
                .body("workers.displayName", hasSize(4))
                .body("workers[0].workerId", equalTo(alun))
                .body("workers[1].workerId", equalTo(bethan))
                .body("workers[2].displayName", equalTo(carysName))
                .body("workers[3].displayName", equalTo("Test Lead"))
                .body("workers[0].openCasesAsKeyWorker", equalTo(3))
                .body("workers[0].peopleWithSafetyNotes", equalTo(2))
                // made: 3, 8, 4 March, 28, 29, 30, 31 March = 7; attempted: 5 and 6 March
                .body("workers[0].contactsMade", equalTo(7))
                .body("workers[0].contactsAttempted", equalTo(2))
                // 60 + 30 + 45 + 0 + 30 + 15 = 180 minutes; the 4 March contact has no duration
                .body("workers[0].hoursOfContact", equalTo(3.0f))
                .body("workers[0].contactsWithoutDuration", equalTo(1))
                // 3 and 4 March, 29, 30 and 31 March
                .body("workers[0].weightyContacts", equalTo(5))
                // 8 March (Sat), 4 March 07:30, 29 (Sat), 30 (Sun), 31 March 18:30 BST
                .body("workers[0].outOfHoursContacts", equalTo(5))
                .body("workers[0].handoversReceived", equalTo(1))
                // weighty days 29, 30, 31 March end the period; 1 April's is after it
                .body("workers[0].daysSinceDayWithoutWeightyContact", equalTo(3))
                .body("workers[1].openCasesAsKeyWorker", equalTo(1))
                .body("workers[1].peopleWithSafetyNotes", equalTo(0))
                .body("workers[1].contactsMade", equalTo(1))
                .body("workers[1].hoursOfContact", equalTo(0.8f))
                .body("workers[1].weightyContacts", equalTo(1))
                .body("workers[1].outOfHoursContacts", equalTo(0))
                .body("workers[1].handoversReceived", equalTo(0))
                .body("workers[1].daysSinceDayWithoutWeightyContact", equalTo(1))
                .body("workers[2].contactsMade", equalTo(0))
                .body("workers[2].hoursOfContact", equalTo(0.0f));

        // the month before: Alun's one contact of 28 February; a2 was still Bethan's, a1, a3 and a4 Alun's
        as(carys).queryParam("from", "2025-02-01").queryParam("to", "2025-02-28")
                .get("/api/teams/" + t + "/workload").then().statusCode(200)
                .body("workers[0].openCasesAsKeyWorker", equalTo(3))
                .body("workers[0].peopleWithSafetyNotes", equalTo(3))
                .body("workers[0].contactsMade", equalTo(1))
                .body("workers[0].handoversReceived", equalTo(0))
                .body("workers[0].daysSinceDayWithoutWeightyContact", equalTo(1))
                .body("workers[1].openCasesAsKeyWorker", equalTo(1));
    }

    /**
     * Weighty contacts at noon on each of the three days before today, and a contact on another issue four days
     * back: a run of 3 that today, still under way, does not break; one today makes it 4. A period that ended
     * two days ago ends the run there: 2.
     */
    @Test
    void todayDoesNotBreakTheRunOfWeightyDays() {
        String t = team();
        String dafydd = member("Dafydd", t);
        LocalDate today = TestClock.today();
        String c = openCase(person(t, null), t, dafydd, noon(today.minusDays(10)));
        for (int back = 1; back <= 3; back++) {
            contact(c, dafydd, noon(today.minusDays(back)), "made", 20, "mental-health");
        }
        contact(c, dafydd, noon(today.minusDays(4)), "made", 20, "benefits");
        String path = "/api/teams/" + t + "/workload";

        api().get(path).then().statusCode(200)
                .body("asOf", equalTo(today.toString()))
                .body("from", equalTo(today.minusDays(27).toString()))
                .body("workers.find { it.workerId == '" + dafydd + "' }.daysSinceDayWithoutWeightyContact",
                        equalTo(3));
        api().queryParam("to", today.minusDays(2).toString()).get(path).then().statusCode(200)
                .body("asOf", equalTo(today.minusDays(2).toString()))
                .body("workers.find { it.workerId == '" + dafydd + "' }.daysSinceDayWithoutWeightyContact",
                        equalTo(2));
        contact(c, dafydd, TestClock.local().minusSeconds(5).withNano(0).toOffsetDateTime()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), "made", 20, "safeguarding");
        api().get(path).then().statusCode(200)
                .body("workers.find { it.workerId == '" + dafydd + "' }.daysSinceDayWithoutWeightyContact",
                        equalTo(4));
    }

    @Test
    void theTeamsAdminsIntegrationsAndFormerWorkersAreNotListed() {
        String t = team();
        String erin = member("Erin", t);
        memberAs(unique("Admin"), "admin", t);
        memberAs(unique("Council CRM"), "integration", t);
        String gone = member("Gwen", t);
        var record = api().get("/api/workers/" + gone).then().extract();
        api().header("If-Match", record.header("ETag"))
                .body(Map.of("username", record.path("username"), "displayName", record.path("displayName"), "roles",
                        List.of("worker"), "teamIds", List.of(t), "active", false))
                .put("/api/workers/" + gone).then().statusCode(200);
        api().get("/api/teams/" + t + "/workload").then().statusCode(200)
                .body("workers.workerId", contains(erin, api().get("/api/me").then().extract().path("workerId")));
    }

    @Test
    void onlyTheTeamsLeadsAndAdminsWithAReasonMayRead() {
        String t = team();
        String path = "/api/teams/" + t + "/workload";
        as(signedIn("worker", t)).get(path).then().statusCode(403);
        as(signedIn("team-lead")).get(path).then().statusCode(404);
        as(signedIn("team-lead")).get("/api/teams/" + UUID.randomUUID() + "/workload").then().statusCode(404);
        String admin = admin();
        as(admin).get(path).then().statusCode(403);
        as(admin).header("X-Purpose", "Supervision audit").get(path).then().statusCode(200);
    }

    @Test
    void aPeriodThatIsNotOneIsRefusedNamingTheField() {
        String path = "/api/teams/" + team() + "/workload";
        invalid().queryParam("from", "2025-13-01").get(path).then().statusCode(400)
                .body("errors.field", hasItem("from"));
        invalid().queryParam("from", "2025-03-31").queryParam("to", "2025-03-01").get(path).then().statusCode(400)
                .body("errors.field", hasItem("to"));
        invalid().queryParam("from", "2024-01-01").queryParam("to", "2025-03-01").get(path).then().statusCode(400)
                .body("errors.field", hasItem("to"));
        invalid().queryParam("from", TestClock.today().plusDays(2).toString()).get(path).then()
                .statusCode(400).body("errors.field", hasItem("from"));
    }

    private static String noon(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(LONDON).toOffsetDateTime()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** A worker whose display name starts with the first name; their id. */
    private static String member(String firstName, String... teams) {
        return api().body(Map.of("username", "w." + UUID.randomUUID().toString().substring(0, 12), "displayName",
                firstName + " " + UUID.randomUUID().toString().substring(0, 8), "roles", List.of("worker"),
                "teamIds", List.of(teams))).post("/api/workers").then().statusCode(201).extract().path("id");
    }

    /** A worker of that display name and role in the teams; their username. */
    private static String memberAs(String displayName, String role, String... teams) {
        String username = "w." + UUID.randomUUID().toString().substring(0, 12);
        api().body(Map.of("username", username, "displayName", displayName, "roles", List.of(role),
                "teamIds", List.of(teams))).post("/api/workers").then().statusCode(201);
        return username;
    }

    private static String person(String teamId, String safetyNotes) {
        Map<String, Object> body = personBody(teamId);
        if (safetyNotes != null) {
            body.put("safetyNotes", safetyNotes);
        }
        return api().body(body).post("/api/people").then().statusCode(201).extract().path("id");
    }

    private static void handOver(String caseId, String toWorkerId, String at) {
        api().header("If-Match", etag("/api/cases/" + caseId))
                .body(Map.of("toWorkerId", toWorkerId, "reason", unique("Rebalancing"), "handedOverAt", at))
                .post("/api/cases/" + caseId + "/handovers").then().statusCode(201);
    }

    private static void contact(String caseId, String workerId, String at, String status, Integer minutes,
            String... issues) {
        Map<String, Object> body = interactionBody(workerId, at, status);
        body.put("issues", List.of(issues));
        if (minutes != null) {
            body.put("durationMinutes", minutes);
        }
        api().body(body).post("/api/cases/" + caseId + "/interactions").then().statusCode(201);
    }
}
