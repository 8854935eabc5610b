package org.casework.repeats;

import static org.casework.repeats.Presentations.present;
import static org.casework.support.Api.api;
import static org.casework.support.Api.as;
import static org.casework.support.Api.invalid;
import static org.casework.support.Fixtures.closeCase;
import static org.casework.support.Fixtures.contact;
import static org.casework.support.Fixtures.openCase;
import static org.casework.support.Fixtures.person;
import static org.casework.support.Fixtures.signedIn;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Fixtures.worker;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The repeat-presentation dashboard on hand-built histories in new teams, read by team leads of exactly those
 * teams so that no other test's data is in scope. Expected answers are worked out in the comments.
 */
@QuarkusTest
class RepeatDashboardTest {

    private static final String DASHBOARD = "/api/dashboards/repeat-presentations";

    @Test
    void totalsMonthsBreakdownsAndTheTeamFilterAcrossTheCallersScope() {
        String teamA = team();
        String teamB = team();
        String workerA = worker(teamA);
        String workerB = worker(teamB);
        String p1 = person(teamA);
        String p1Case = openCase(p1, teamA, workerA, "2024-12-01T09:00:00Z");
        // P1 (team A): 10 Jan first; 20 Jan gap 10, same issue; 1 Mar gap 40, not a repeat
        present(p1Case, workerA, "2025-01-10T10:00:00Z", "rent-arrears");
        present(p1Case, workerA, "2025-01-20T10:00:00Z", "rent-arrears", "debt");
        contact(p1Case, workerA, "2025-02-20T10:00:00Z", "made", "worker", "home-visit", "rent-arrears");
        contact(p1Case, workerA, "2025-03-01T10:00:00Z", "made", "other-agency", "phone", "repairs");
        // P2: team A on 1 Feb, then team B on 15 Feb (gap 14 to team A's day: a repeat, but a new issue)
        String p2 = person(teamA);
        present(openCase(p2, teamA, workerA, "2024-12-01T09:00:00Z"), workerA, "2025-02-01T10:00:00Z", "debt");
        present(openCase(p2, teamB, workerB, "2024-12-01T09:00:00Z"), workerB, "2025-02-15T10:00:00Z", "tenancy");
        // before the period: does not count, and 10 Jan's gap to it is 40 days (no repeat)
        present(p1Case, workerA, "2024-12-01T10:00:00Z", "debt");
        String leadAB = signedIn("team-lead", teamA, teamB);

        // both teams: 5 days (P1 x3, P2 x2), 2 people, repeats 20 Jan and 15 Feb, same-issue 20 Jan only
        as(leadAB).get(DASHBOARD + "?from=2025-01-01&to=2025-03-31").then().statusCode(200)
                .body("from", equalTo("2025-01-01")).body("to", equalTo("2025-03-31"))
                .body("team", nullValue()).body("windowDays", equalTo(28)).body("teamsInScope", equalTo(2))
                .body("totals.presentations", equalTo(5)).body("totals.presentationDays", equalTo(5))
                .body("totals.people", equalTo(2)).body("totals.repeatPresentations", equalTo(2))
                .body("totals.sameIssueRepeats", equalTo(1)).body("totals.repeatRatePercent", equalTo(40.0f))
                .body("monthly.month", contains("2025-01", "2025-02", "2025-03"))
                .body("monthly.presentationDays", contains(2, 2, 1))
                .body("monthly.repeatPresentations", contains(1, 1, 0))
                .body("monthly.repeatRatePercent", contains(50.0f, 50.0f, 0.0f))
                // rent-arrears 10 and 20 Jan; debt 20 Jan and 1 Feb; tenancy 15 Feb; repairs 1 Mar
                .body("byIssue.issue", contains("debt", "rent-arrears", "repairs", "tenancy"))
                .body("byIssue.presentationDays", contains(2, 2, 1, 1))
                .body("byIssue.repeatPresentations", contains(1, 1, 0, 1))
                .body("byIssue.sameIssueRepeats", contains(1, 1, 0, 0))
                .body("byChannel.channel", contains("in-person", "phone"))
                .body("byChannel.presentationDays", contains(4, 1));

        // team B's days only: 15 Feb, a repeat of P2's team A day, which this lead can see
        as(leadAB).get(DASHBOARD + "?from=2025-01-01&to=2025-03-31&team=" + teamB).then().statusCode(200)
                .body("team", equalTo(teamB)).body("totals.presentationDays", equalTo(1))
                .body("totals.repeatPresentations", equalTo(1)).body("totals.repeatRatePercent", equalTo(100.0f));

        // issue filter: days about debt (20 Jan, 1 Feb); 20 Jan repeats 10 Jan, whatever 10 Jan was about
        as(leadAB).get(DASHBOARD + "?from=2025-01-01&to=2025-03-31&issue=debt").then().statusCode(200)
                .body("issue", equalTo("debt")).body("totals.presentationDays", equalTo(2))
                .body("totals.repeatPresentations", equalTo(1));

        // a lead of team A alone never counts team B's day: P2 presented once, no repeat
        String leadA = signedIn("team-lead", teamA);
        as(leadA).get(DASHBOARD + "?from=2025-01-01&to=2025-03-31").then().statusCode(200)
                .body("teamsInScope", equalTo(1)).body("totals.presentationDays", equalTo(4))
                .body("totals.repeatPresentations", equalTo(1)).body("byIssue.issue", contains("debt",
                        "rent-arrears", "repairs"));
        // and may not ask for team B at all
        as(leadA).get(DASHBOARD + "?team=" + teamB).then().statusCode(400).body("errors[0].field", equalTo("team"));

        // a window of 40 days makes 10 Jan and 1 Mar (both 40 days after the day before) repeats too
        as(leadAB).get(DASHBOARD + "?from=2025-01-01&to=2025-03-31&windowDays=40").then().statusCode(200)
                .body("windowDays", equalTo(40)).body("totals.repeatPresentations", equalTo(4));
    }

    @Test
    void theTeamsOwnWindowIsTheDefaultForItsDashboard() {
        String teamA = team();
        String etag = api().get("/api/teams/" + teamA).then().extract().header("ETag");
        String name = api().get("/api/teams/" + teamA).then().extract().path("name");
        api().header("If-Match", etag).body(java.util.Map.of("name", name, "repeatWindowDays", 7))
                .put("/api/teams/" + teamA).then().statusCode(200).body("repeatWindowDays", equalTo(7));
        String workerA = worker(teamA);
        String p = person(teamA);
        String caseId = openCase(p, teamA, workerA, "2025-01-01T09:00:00Z");
        present(caseId, workerA, "2025-02-01T10:00:00Z");
        present(caseId, workerA, "2025-02-08T10:00:00Z");
        present(caseId, workerA, "2025-02-16T10:00:00Z");
        // gaps 7 (repeat) and 8 (not, with the team's 7-day window)
        String lead = signedIn("team-lead", teamA);
        as(lead).get(DASHBOARD + "?from=2025-02-01&to=2025-02-28&team=" + teamA).then().statusCode(200)
                .body("windowDays", equalTo(7)).body("totals.repeatPresentations", equalTo(1));
        // without the team filter the default window applies: both repeat
        as(lead).get(DASHBOARD + "?from=2025-02-01&to=2025-02-28").then().statusCode(200)
                .body("windowDays", equalTo(28)).body("totals.repeatPresentations", equalTo(2));
    }

    @Test
    void returnsAfterClosureFallInTheirBandsAndHorizons() {
        String teamR = team();
        String workerR = worker(teamR);
        // every case closed on 1 June 2024 at 10:00 UTC (11:00 BST), local date 2024-06-01
        String closedAt = "2024-06-01T10:00:00Z";
        LocalDate closedOn = LocalDate.parse("2024-06-01");
        // first presentation after closure: same afternoon (0 days), 180, 184, 365, 366 and 731 days later
        for (String at : new String[] { "2024-06-01T15:00:00Z", at(closedOn.plusDays(180)),
                at(closedOn.plusDays(184)), at(closedOn.plusDays(365)), at(closedOn.plusDays(366)),
                at(closedOn.plusDays(731)) }) {
            closedAndBack(teamR, workerR, closedAt, "housed", at);
        }
        // closed after a presentation that morning, never back: a closure, not a return
        String never = person(teamR);
        String neverCase = openCase(never, teamR, workerR, "2024-05-01T09:00:00Z");
        present(neverCase, workerR, "2024-06-01T08:00:00Z");
        closeCase(neverCase, "goals-met", closedAt);
        // died and moved away are not closures that can come back, whatever follows
        closedAndBack(teamR, workerR, closedAt, "died", at(closedOn.plusDays(10)));
        closedAndBack(teamR, workerR, closedAt, "moved-away", at(closedOn.plusDays(10)));
        // closed outside the period: not counted
        closedAndBack(teamR, workerR, "2024-08-01T10:00:00Z", "housed", at(closedOn.plusDays(70)));

        String lead = signedIn("team-lead", teamR);
        // 7 closures; bands 0-180: 0 and 180 days; 181-365: 184 and 365; 366-730: 366; 731 is too late.
        // Cumulatively within 183 days 2, 365 days 4, 730 days 5; every horizon has passed by now.
        as(lead).get(DASHBOARD + "?from=2024-06-01&to=2024-06-30").then().statusCode(200)
                .body("returnsAfterClosure.closures", equalTo(7))
                .body("returnsAfterClosure.bands.band", contains("0-180", "181-365", "366-730"))
                .body("returnsAfterClosure.bands.returned", contains(2, 2, 1))
                .body("returnsAfterClosure.within.months", contains(6, 12, 24))
                .body("returnsAfterClosure.within.days", contains(183, 365, 730))
                .body("returnsAfterClosure.within.returned", contains(2, 4, 5))
                .body("returnsAfterClosure.within.ratePercent", contains(28.6f, 57.1f, 71.4f))
                .body("returnsAfterClosure.within.closuresObserved", contains(7, 7, 7));
    }

    @Test
    void frequentAndEscalatingPresentersWithTheirOpenCaseAndKeyWorker() {
        String teamF = team();
        String workerF = worker(teamF);
        String workerName = api().get("/api/workers/" + workerF).then().extract().path("displayName");
        // five presentation-days in the year to 30 June 2025 (the first, 1 July 2024, is 365 days before it)
        String five = person(teamF);
        String fiveCase = openCase(five, teamF, workerF, "2024-06-01T09:00:00Z");
        for (String day : new String[] { "2024-07-01", "2024-10-01", "2025-01-10", "2025-03-01", "2025-06-30" }) {
            present(fiveCase, workerF, day + "T10:00:00Z");
        }
        // four days in the year (30 June 2024 is 366 days before the end), and a closed case
        String four = person(teamF);
        String fourCase = openCase(four, teamF, workerF, "2024-06-01T09:00:00Z");
        for (String day : new String[] { "2024-06-30", "2024-09-01", "2025-05-01", "2025-05-10", "2025-06-01" }) {
            present(fourCase, workerF, day + "T10:00:00Z");
        }
        closeCase(fourCase, "goals-met", "2025-06-02T10:00:00Z");
        // escalating: gaps 30, 20, 10 with the last in June 2025
        String rising = person(teamF);
        String risingCase = openCase(rising, teamF, workerF, "2024-06-01T09:00:00Z");
        for (String day : new String[] { "2025-05-01", "2025-05-31", "2025-06-20", "2025-06-30" }) {
            present(risingCase, workerF, day + "T10:00:00Z");
        }

        String lead = signedIn("team-lead", teamF);
        // "five" ends with gaps 101, 50, 121 and "four" with 242, 9, 22: neither is escalating
        as(lead).get(DASHBOARD + "?from=2025-06-01&to=2025-06-30").then().statusCode(200)
                .body("frequentThreshold", equalTo(5))
                .body("frequentPresenters.count", equalTo(1))
                .body("frequentPresenters.items.personId", contains(five))
                .body("frequentPresenters.items[0].presentationDays", equalTo(5))
                .body("frequentPresenters.items[0].lastSeen", equalTo("2025-06-30"))
                .body("frequentPresenters.items[0].openCase.caseId", equalTo(fiveCase))
                .body("frequentPresenters.items[0].openCase.keyWorkerId", equalTo(workerF))
                .body("frequentPresenters.items[0].openCase.keyWorkerName", equalTo(workerName))
                .body("escalating.count", equalTo(1))
                .body("escalating.items.personId", contains(rising))
                .body("escalating.items[0].gaps", contains(30, 20, 10))
                .body("escalating.items[0].lastSeen", equalTo("2025-06-30"))
                .body("escalating.items[0].openCase.caseId", equalTo(risingCase));

        // four days make a frequent presenter when the request says so; "four" has no open case
        as(lead).get(DASHBOARD + "?from=2025-06-01&to=2025-06-30&frequentDays=4").then().statusCode(200)
                .body("frequentPresenters.count", equalTo(3))
                .body("frequentPresenters.items.personId", contains(five, rising, four))
                .body("frequentPresenters.items[2].openCase", nullValue());
        // the list is cut at limit, the count is not
        as(lead).get(DASHBOARD + "?from=2025-06-01&to=2025-06-30&frequentDays=4&limit=1").then().statusCode(200)
                .body("frequentPresenters.count", equalTo(3)).body("frequentPresenters.items", hasSize(1));

        // each person named is audited as read by this lead
        api().get("/api/people/" + rising + "/access-log").then().statusCode(200)
                .body("items.find { it.resourceType == 'escalating-presenter' }.personId", equalTo(rising));
    }

    @Test
    void badFiltersAreRefusedNamingTheParameter() {
        String lead = signedIn("team-lead", team());
        invalid().get(DASHBOARD + "?team=nope").then().statusCode(400).body("errors[0].field", equalTo("team"));
        as(lead).get(DASHBOARD + "?issue=not-an-issue").then().statusCode(400)
                .body("errors[0].field", equalTo("issue"));
        as(lead).get(DASHBOARD + "?from=2025-02-01&to=2025-01-01").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        as(lead).get(DASHBOARD + "?from=2015-01-01&to=2025-01-01").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        invalid().get(DASHBOARD + "?windowDays=0").then().statusCode(400)
                .body("errors[0].field", equalTo("windowDays"));
        // a worker sees the dashboard of their own teams; an admin only with a declared purpose
        String worker = signedIn("worker", team());
        as(worker).get(DASHBOARD).then().statusCode(200).body("teamsInScope", equalTo(1));
    }

    private static void closedAndBack(String team, String worker, String closedAt, String reason, String backAt) {
        String p = person(team);
        closeCase(openCase(p, team, worker, "2024-05-01T09:00:00Z"), reason, closedAt);
        present(openCase(p, team, worker, backAt), worker, backAt);
    }

    private static String at(LocalDate day) {
        return day + "T12:00:00Z";
    }
}
