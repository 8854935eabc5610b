package org.casework.repeats;

import static org.casework.repeats.Presentations.present;
import static org.casework.support.Api.api;
import static org.casework.support.Api.as;
import static org.casework.support.Api.invalid;
import static org.casework.support.Fixtures.contact;
import static org.casework.support.Fixtures.etag;
import static org.casework.support.Fixtures.interactionBody;
import static org.casework.support.Fixtures.openCase;
import static org.casework.support.Fixtures.openCaseSince;
import static org.casework.support.Fixtures.signedIn;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Fixtures.worker;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;


import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Presentation-days of one person, worked out by hand from the rules in docs/definitions.md. */
@QuarkusTest
class PersonPresentationsTest {

    @Test
    void sameDayMergesAndTheWindowIncludesDay28ButNotDay29() {
        var c = openCaseSince("2025-01-01T09:00:00Z");
        // 3 March: two presentations, one local day, issues of both
        present(c.caseId(), c.keyWorkerId(), "2025-03-03T09:00:00Z", "rent-arrears");
        present(c.caseId(), c.keyWorkerId(), "2025-03-03T15:00:00Z", "debt");
        // a worker's own follow-up is relational work, not a presentation
        contact(c.caseId(), c.keyWorkerId(), "2025-03-03T16:00:00Z", "made", "worker", "phone", "debt");
        contact(c.caseId(), c.keyWorkerId(), "2025-03-20T10:00:00Z", "made", "worker", "home-visit");
        // 4 March: gap 1, shares debt -> same-issue repeat; sent by another agency, by phone
        contact(c.caseId(), c.keyWorkerId(), "2025-03-04T10:00:00Z", "made", "other-agency", "phone", "debt");
        // 1 April: gap 28 -> repeat, but repairs is new; a referral counts as a presentation
        contact(c.caseId(), c.keyWorkerId(), "2025-04-01T10:00:00Z", "made", "referral", "letter", "repairs");
        // 30 April: gap 29 -> not a repeat
        present(c.caseId(), c.keyWorkerId(), "2025-04-30T10:00:00Z", "repairs");

        api().get("/api/people/" + c.personId() + "/presentations").then().statusCode(200)
                .body("personId", equalTo(c.personId())).body("windowDays", equalTo(28))
                .body("presentationDays", equalTo(4)).body("repeatPresentations", equalTo(2))
                .body("sameIssueRepeats", equalTo(1))
                .body("days.date", contains("2025-04-30", "2025-04-01", "2025-03-04", "2025-03-03"))
                .body("days.daysSincePrevious", contains(29, 28, 1, null))
                .body("days.repeat", contains(false, true, true, false))
                .body("days.sameIssueRepeat", contains(false, false, true, false))
                .body("days[3].presentations", equalTo(2))
                .body("days[3].issues", contains("debt", "rent-arrears"))
                .body("days[3].channels", contains("in-person"))
                .body("days[3].teamIds", contains(c.teamId()))
                .body("days[2].channels", contains("phone"))
                .body("lastGaps", contains(1, 28, 29)).body("escalating", equalTo(false));

        // a wider window makes the 29-day gap a repeat too (and it shares repairs)
        api().get("/api/people/" + c.personId() + "/presentations?windowDays=29").then().statusCode(200)
                .body("windowDays", equalTo(29)).body("repeatPresentations", equalTo(3))
                .body("sameIssueRepeats", equalTo(2));
    }

    @Test
    void daysComeAPageAtATimeWithTheTotalsOverAllOfThem() {
        var c = openCaseSince("2025-01-01T09:00:00Z");
        for (String day : new String[] { "2025-02-01", "2025-02-11", "2025-02-21" }) {
            present(c.caseId(), c.keyWorkerId(), day + "T10:00:00Z");
        }
        String next = api().get("/api/people/" + c.personId() + "/presentations?limit=2").then().statusCode(200)
                .body("presentationDays", equalTo(3)).body("repeatPresentations", equalTo(2))
                .body("days.date", contains("2025-02-21", "2025-02-11")).extract().path("next");
        api().get(next).then().statusCode(200).body("presentationDays", equalTo(3))
                .body("days.date", contains("2025-02-01")).body("days[0].daysSincePrevious", nullValue())
                .body("next", nullValue());
    }

    @Test
    void localDatesFollowLondonAcrossTheClockChanges() {
        var c = openCaseSince("2025-01-01T09:00:00Z");
        // 30 March 2025 00:30 GMT, then 23:30 UTC that day = 00:30 BST on 31 March: two local days, gap 1
        present(c.caseId(), c.keyWorkerId(), "2025-03-30T00:30:00Z");
        present(c.caseId(), c.keyWorkerId(), "2025-03-30T23:30:00Z");
        // 25 Oct 23:30 UTC = 00:30 BST on 26 Oct; 26 Oct 23:30 UTC = 23:30 GMT on 26 Oct: one local day
        present(c.caseId(), c.keyWorkerId(), "2025-10-25T23:30:00Z");
        present(c.caseId(), c.keyWorkerId(), "2025-10-26T23:30:00Z");

        api().get("/api/people/" + c.personId() + "/presentations").then().statusCode(200)
                .body("days.date", contains("2025-10-26", "2025-03-31", "2025-03-30"))
                .body("days.presentations", contains(2, 1, 1))
                .body("days.daysSincePrevious", contains(209, 1, null))
                .body("days.repeat", contains(false, true, false));
    }

    @Test
    void escalatingWhenEachOfTheLastThreeGapsIsShorter() {
        var c = openCaseSince("2025-01-01T09:00:00Z");
        // gaps 30, 20, 10: escalating
        for (String day : new String[] { "2025-02-01", "2025-03-03", "2025-03-23", "2025-04-02" }) {
            present(c.caseId(), c.keyWorkerId(), day + "T10:00:00Z");
        }
        api().get("/api/people/" + c.personId() + "/presentations").then().statusCode(200)
                .body("lastGaps", contains(30, 20, 10)).body("escalating", equalTo(true));

        // a fifth presentation 10 days on: gaps 20, 10, 10 are not each shorter
        present(c.caseId(), c.keyWorkerId(), "2025-04-12T10:00:00Z");
        api().get("/api/people/" + c.personId() + "/presentations").then().statusCode(200)
                .body("lastGaps", contains(20, 10, 10)).body("escalating", equalTo(false));
    }

    @Test
    void onlyTheCallersTeamsCountAndTheGapIsToTheirPreviousDay() {
        String teamA = team();
        String teamB = team();
        String workerA = worker(teamA);
        String workerB = worker(teamB);
        var person = org.casework.support.Fixtures.person(teamA);
        String caseA = openCase(person, teamA, workerA, "2025-01-01T09:00:00Z");
        String caseB = openCase(person, teamB, workerB, "2025-01-01T09:00:00Z");
        present(caseA, workerA, "2025-02-01T10:00:00Z", "debt");
        present(caseB, workerB, "2025-02-05T10:00:00Z", "debt");
        present(caseA, workerA, "2025-02-10T10:00:00Z", "debt");

        // both teams: gaps 4 and 5, both same-issue repeats
        api().get("/api/people/" + person + "/presentations").then().statusCode(200)
                .body("days.date", contains("2025-02-10", "2025-02-05", "2025-02-01"))
                .body("days.daysSincePrevious", contains(5, 4, null))
                .body("days[1].teamIds", contains(teamB)).body("sameIssueRepeats", equalTo(2));

        // team A only: team B's day is never seen, and the gap is 9
        String leadA = signedIn("team-lead", teamA);
        as(leadA).get("/api/people/" + person + "/presentations").then().statusCode(200)
                .body("days", hasSize(2)).body("days.daysSincePrevious", contains(9, null))
                .body("days[0].teamIds", contains(teamA));

        // a team with no part in the person's support: not found
        String outsider = signedIn("team-lead", team());
        as(outsider).get("/api/people/" + person + "/presentations").then().statusCode(404);
    }

    @Test
    void correctingAContactMovesOrRemovesItsPresentationDay() {
        var c = openCaseSince("2025-01-01T09:00:00Z");
        present(c.caseId(), c.keyWorkerId(), "2025-02-01T10:00:00Z", "debt");
        String moved = present(c.caseId(), c.keyWorkerId(), "2025-02-01T15:00:00Z", "repairs");
        String path = "/api/cases/" + c.caseId() + "/interactions/" + moved;

        // recorded on the wrong day, and about benefits: 1 Feb keeps debt only, 5 Feb appears
        var body = interactionBody(c.keyWorkerId(), "2025-02-05T10:00:00Z", "made");
        body.put("initiator", "person");
        body.put("issues", List.of("benefits"));
        api().header("If-Match", etag(path)).body(body).put(path).then().statusCode(200);
        api().get("/api/people/" + c.personId() + "/presentations").then().statusCode(200)
                .body("days.date", contains("2025-02-05", "2025-02-01"))
                .body("days.issues", contains(List.of("benefits"), List.of("debt")))
                .body("days.presentations", contains(1, 1)).body("days[0].daysSincePrevious", equalTo(4));

        // it was the worker's own call after all: no longer a presentation
        body.put("initiator", "worker");
        api().header("If-Match", etag(path)).body(body).put(path).then().statusCode(200);
        api().get("/api/people/" + c.personId() + "/presentations").then().statusCode(200)
                .body("days.date", contains("2025-02-01"));
    }

    @Test
    void theWindowIsCheckedAndEveryReadIsAudited() {
        var c = openCaseSince("2025-01-01T09:00:00Z");
        invalid().get("/api/people/" + c.personId() + "/presentations?windowDays=0").then().statusCode(400)
                .body("errors[0].field", equalTo("windowDays"));
        invalid().get("/api/people/" + c.personId() + "/presentations?windowDays=x").then().statusCode(400)
                .body("errors[0].field", equalTo("windowDays"));
        api().get("/api/people/" + c.personId() + "/presentations").then().statusCode(200)
                .body("days", hasSize(0)).body("lastGaps", hasSize(0)).body("escalating", equalTo(false));
        api().get("/api/people/" + c.personId() + "/access-log").then().statusCode(200)
                .body("items.find { it.resourceType == 'person-presentations' }.personId", equalTo(c.personId()))
                .body("items.find { it.resourceType == 'person-presentations' }.resourceId", nullValue());
    }

}
