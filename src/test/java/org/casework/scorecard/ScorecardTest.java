package org.casework.scorecard;

import static org.casework.scorecard.History.scorecard;
import static org.casework.support.Api.api;
import static org.casework.support.Api.as;
import static org.casework.support.Api.invalid;
import static org.casework.support.Api.invalidAs;
import static org.casework.support.Fixtures.closeCase;
import static org.casework.support.Fixtures.contact;
import static org.casework.support.Fixtures.etag;
import static org.casework.support.Fixtures.openCase;
import static org.casework.support.Fixtures.person;
import static org.casework.support.Fixtures.signedIn;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Fixtures.worker;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;

import org.casework.support.TestClock;
import org.casework.support.Tokens;
import org.junit.jupiter.api.Test;

/** The scorecard's periods, who may read it, and its continuity and soft outcomes. */
@QuarkusTest
class ScorecardTest {

    @Test
    void aPeriodIsAQuarterAMonthOrAYearAndTheCurrentQuarterByDefault() {
        String team = team();
        scorecard(team, "2025-Q3").body("period", equalTo("2025-Q3")).body("from", equalTo("2025-07-01"))
                .body("to", equalTo("2025-09-30")).body("team.id", equalTo(team))
                .body("targets", hasSize(0))
                // soft outcomes over the same days, its "to" being the last day
                .body("softOutcomes.teamId", equalTo(team)).body("softOutcomes.from", equalTo("2025-07-01"))
                .body("softOutcomes.to", equalTo("2025-09-30"));
        scorecard(team, "2025-02").body("from", equalTo("2025-02-01")).body("to", equalTo("2025-02-28"));
        scorecard(team, "2024").body("from", equalTo("2024-01-01")).body("to", equalTo("2024-12-31"));

        LocalDate today = TestClock.today();
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        LocalDate start = LocalDate.of(today.getYear(), (quarter - 1) * 3 + 1, 1);
        api().get("/api/teams/" + team + "/scorecard").then().statusCode(200)
                .body("period", equalTo(today.getYear() + "-Q" + quarter))
                .body("from", equalTo(start.toString()))
                .body("to", equalTo(start.plusMonths(3).minusDays(1).toString()));

        for (String bad : new String[] { "2025-Q5", "2025-13", "Q3", "2025-7", "last-quarter" }) {
            invalid().get("/api/teams/" + team + "/scorecard?period=" + bad).then().statusCode(400)
                    .body("errors[0].field", equalTo("period"));
        }
        invalid().get("/api/teams/" + team + "/scorecard?fastClosureDays=many").then().statusCode(400)
                .body("errors[0].field", equalTo("fastClosureDays"));
        invalid().get("/api/teams/" + team + "/scorecard?compare=last-year").then().statusCode(400)
                .body("errors[0].field", equalTo("compare"));
    }

    @Test
    void thePreviousPeriodOfTheSameKindBesideItWhenAskedFor() {
        String team = team();
        scorecard(team, "2025-Q1").body("previous", nullValue());
        String path = "/api/teams/" + team + "/scorecard?compare=previous&period=";
        api().get(path + "2025-Q1").then().statusCode(200).body("period", equalTo("2025-Q1"))
                .body("previous.period", equalTo("2024-Q4")).body("previous.from", equalTo("2024-10-01"))
                .body("previous.to", equalTo("2024-12-31")).body("previous.team.id", equalTo(team))
                .body("previous.softOutcomes.from", equalTo("2024-10-01")).body("previous.previous", nullValue());
        api().get(path + "2025-03").then().statusCode(200).body("previous.period", equalTo("2025-02"))
                .body("previous.from", equalTo("2025-02-01")).body("previous.to", equalTo("2025-02-28"));
        api().get(path + "2025-01").then().statusCode(200).body("previous.period", equalTo("2024-12"));
        api().get(path + "2025").then().statusCode(200).body("previous.period", equalTo("2024"))
                .body("previous.to", equalTo("2024-12-31"));
    }

    /**
     * Presentation-days in Q3 2025: 1 Jul, 11 Jul (gap 10: a repeat), 20 Aug (40), 10 Sep (21 after 20 Aug: a
     * repeat, and the return of the case closed on 25 Aug, 16 days later).
     */
    @Test
    void repeatMeasuresAreTheTeamsOwnDashboardCounts() {
        String team = team();
        String w = worker(team);
        String p = person(team);
        String first = openCase(p, team, w, "2025-06-01T09:00:00Z");
        for (String day : new String[] { "2025-07-01", "2025-07-11", "2025-08-20" }) {
            contact(first, w, day + "T10:00:00Z", "made", "person", "in-person");
        }
        closeCase(first, "housed", "2025-08-25T10:00:00Z");
        contact(openCase(p, team, w, "2025-09-10T09:00:00Z"), w, "2025-09-10T10:00:00Z", "made", "person", "phone");

        scorecard(team, "2025-Q3").body("repeats.windowDays", equalTo(28))
                .body("repeats.totals.presentationDays", equalTo(4))
                .body("repeats.totals.repeatPresentations", equalTo(2))
                .body("repeats.totals.repeatRatePercent", equalTo(50.0f))
                .body("repeats.returnsAfterClosure.closures", equalTo(1))
                .body("repeats.returnsAfterClosure.within[0].returned", equalTo(1))
                .body("repeats.frequentPresenters", equalTo(0)).body("repeats.escalatingPresenters", equalTo(0));
    }

    @Test
    void teamLeadsOfTheTeamAndAdminsWithAReasonReadItNobodyElse() {
        String team = team();
        String path = "/api/teams/" + team + "/scorecard?period=2025-Q1";
        as(signedIn("team-lead", team)).get(path).then().statusCode(200);
        invalidAs(signedIn("worker", team)).get(path).then().statusCode(403);
        invalidAs(signedIn("integration", team)).get(path).then().statusCode(403);
        String admin = org.casework.support.Fixtures.admin();
        invalidAs(admin).get(path).then().statusCode(403);
        as(admin).header("X-Purpose", "Quarterly performance review").get(path).then().statusCode(200);
        invalidAs(signedIn("team-lead", team())).get(path).then().statusCode(404);
        api().get("/api/teams/" + UUID.randomUUID() + "/scorecard").then().statusCode(404);
    }

    /**
     * K (key worker A): made by A, A, B and an attempt by A. L (A, handed over to B on 1 May): made by A, then B.
     * M (A): made by A. Contacts 6; with the current key worker 2 + 1 + 1 = 4 (66.7%). UPC: 2/3, 1/2, 1, mean
     * 0.72. COCI for K (2*2 + 1 - 3) / (3 * 2) = 0.333 and L (1 + 1 - 2) / 2 = 0, mean 0.17 over 2 cases.
     */
    @Test
    void continuityOfKeyWorkerOverTheTeamsCases() {
        String team = team();
        String a = worker(team);
        String b = worker(team);
        String k = openCase(person(team), team, a, "2025-03-01T10:00:00Z");
        contact(k, a, "2025-04-02T10:00:00Z", "made", "worker", "phone");
        contact(k, a, "2025-04-03T10:00:00Z", "made", "person", "phone");
        contact(k, b, "2025-04-04T10:00:00Z", "made", "worker", "phone");
        contact(k, a, "2025-04-05T10:00:00Z", "no-answer", "worker", "phone");
        // before the quarter: not counted
        contact(k, b, "2025-03-05T10:00:00Z", "made", "worker", "phone");
        String l = openCase(person(team), team, a, "2025-03-01T10:00:00Z");
        contact(l, a, "2025-04-10T10:00:00Z", "made", "worker", "phone");
        api().header("If-Match", etag("/api/cases/" + l))
                .body(Map.of("toWorkerId", b, "reason", "Caseload balancing", "handedOverAt", "2025-05-01T10:00:00Z"))
                .post("/api/cases/" + l + "/handovers").then().statusCode(201);
        contact(l, b, "2025-05-10T10:00:00Z", "made", "worker", "phone");
        String m = openCase(person(team), team, a, "2025-03-01T10:00:00Z");
        contact(m, a, "2025-06-10T10:00:00Z", "made", "worker", "phone");

        scorecard(team, "2025-Q2").body("continuity.contacts", equalTo(6))
                .body("continuity.contactsWithKeyWorker", equalTo(4))
                .body("continuity.keyWorkerShare", equalTo(66.7f))
                .body("continuity.casesWithContacts", equalTo(3))
                .body("continuity.meanUsualProviderContinuity", equalTo(0.7222f))
                .body("continuity.casesWithCoci", equalTo(2))
                .body("continuity.meanCoci", equalTo(0.1667f))
                .body("continuity.handovers", equalTo(1));
        scorecard(team, "2025-Q3").body("continuity.contacts", equalTo(0))
                .body("continuity.keyWorkerShare", equalTo(null)).body("continuity.meanCoci", equalTo(null))
                .body("continuity.handovers", equalTo(0));
    }
}
