package org.casework.scorecard;

import static org.casework.scorecard.History.scorecard;
import static org.casework.support.Api.api;
import static org.casework.support.Api.as;
import static org.casework.support.Fixtures.closeCase;
import static org.casework.support.Fixtures.contact;
import static org.casework.support.Fixtures.openCase;
import static org.casework.support.Fixtures.person;
import static org.casework.support.Fixtures.target;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Fixtures.unique;
import static org.casework.support.Fixtures.worker;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;

import org.casework.support.TestClock;
import org.casework.support.Tokens;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The gaming signals on hand-built histories, with the answers worked out in the comments. */
@QuarkusTest
class GamingSignalsTest {

    /**
     * Second quarter of 2025 (91 days), six closures. As a lead of G and H: c1 (9 days open, back in H after 21
     * days) and c6 (4 days, back after 89 days) are fast and came back within 90 days, c2 (14 days) came back
     * after 117; c3 and c4 closed in the last week; c3 had a new case in G after 12 days; c5 came back to a team
     * the lead cannot see.
     */
    @Test
    void fastClosuresThatCameBackQuickReturnsAndClosuresBunchedAtTheEnd() {
        String g = team();
        String h = team();
        String z = team();
        String wg = worker(g);
        String wh = worker(h);
        String wz = worker(z);

        String p1 = person(g);
        closeCase(openCase(p1, g, wg, "2025-04-01T10:00:00Z"), "goals-met", "2025-04-10T10:00:00Z");
        contact(openCase(p1, h, wh, "2025-05-01T09:00:00Z"), wh, "2025-05-01T10:00:00Z", "made", "person", "phone");

        String p2 = person(g);
        closeCase(openCase(p2, g, wg, "2025-04-01T10:00:00Z"), "goals-met", "2025-04-15T10:00:00Z");
        contact(openCase(p2, g, wg, "2025-08-10T09:00:00Z"), wg, "2025-08-10T10:00:00Z", "made", "person", "phone");

        String p3 = person(g);
        closeCase(openCase(p3, g, wg, "2025-03-01T10:00:00Z"), "goals-met", "2025-06-28T10:00:00Z");
        // a new case in the same team after 12 days, opened by the worker (no presentation)
        contact(openCase(p3, g, wg, "2025-07-10T09:00:00Z"), wg, "2025-07-10T10:00:00Z", "made", "worker", "phone");

        String p4 = person(g);
        closeCase(openCase(p4, g, wg, "2025-04-20T10:00:00Z"), "goals-met", "2025-06-25T10:00:00Z");

        String p5 = person(g);
        closeCase(openCase(p5, g, wg, "2025-04-01T10:00:00Z"), "goals-met", "2025-05-20T10:00:00Z");
        contact(openCase(p5, z, wz, "2025-05-25T09:00:00Z"), wz, "2025-05-25T10:00:00Z", "made", "other-agency",
                "phone");

        String p6 = person(g);
        closeCase(openCase(p6, g, wg, "2025-06-01T10:00:00Z"), "goals-met", "2025-06-05T10:00:00Z");
        // 5 June to 2 September: 89 days
        contact(openCase(p6, g, wg, "2025-09-02T09:00:00Z"), wg, "2025-09-02T10:00:00Z", "made", "referral", "phone");

        String lead = Tokens.of(leadOf(g, h), "team-lead");
        String path = "/api/teams/" + g + "/scorecard?period=2025-Q2";
        as(lead).get(path).then().statusCode(200)
                // no target and no request: 28 days
                .body("gamingSignals.fastClosures.withinDays", equalTo(28))
                .body("gamingSignals.fastClosures.withinDaysFrom", equalTo("default"))
                // c1, c2, c6; c1 and c6 came back within 90 days: 2 of 3
                .body("gamingSignals.fastClosures.closures", equalTo(3))
                .body("gamingSignals.fastClosures.presentedAgainWithin90Days", equalTo(2))
                .body("gamingSignals.fastClosures.share", equalTo(66.7f))
                // c1 (presented in H after 21 days) and c3 (new case after 12 days) of 6; not c5 (team Z)
                .body("gamingSignals.quickReturns.closures", equalTo(6))
                .body("gamingSignals.quickReturns.returnedWithin30Days", equalTo(2))
                .body("gamingSignals.quickReturns.share", equalTo(33.3f))
                // c3 (28 June) and c4 (25 June) in 24-30 June; even closures would put 7/91 = 7.7% there
                .body("gamingSignals.endOfPeriodClosures.closures", equalTo(6))
                .body("gamingSignals.endOfPeriodClosures.inLast7Days", equalTo(2))
                .body("gamingSignals.endOfPeriodClosures.share", equalTo(33.3f))
                .body("gamingSignals.endOfPeriodClosures.expectedShare", equalTo(7.7f));
        // break-glass sees every team, so c5's return to Z counts: 3 of 6
        as(org.casework.support.Fixtures.admin()).header("X-Purpose", "Quarterly review")
                .get(path).then().statusCode(200)
                .body("gamingSignals.quickReturns.returnedWithin30Days", equalTo(3))
                .body("gamingSignals.quickReturns.share", equalTo(50.0f));
        // asked for 10 days: c1 and c6, both back within 90
        as(lead).get(path + "&fastClosureDays=10").then().statusCode(200)
                .body("gamingSignals.fastClosures.withinDays", equalTo(10))
                .body("gamingSignals.fastClosures.withinDaysFrom", equalTo("request"))
                .body("gamingSignals.fastClosures.closures", equalTo(2))
                .body("gamingSignals.fastClosures.share", equalTo(100.0f));
        // the team's closure-speed target decides, whatever the request says: within 14 days is c1, c2 and c6
        target(g, "cases-closed-within-days", 14, "at-least", 50, "quarter");
        as(lead).get(path + "&fastClosureDays=10").then().statusCode(200)
                .body("gamingSignals.fastClosures.withinDays", equalTo(14))
                .body("gamingSignals.fastClosures.withinDaysFrom", equalTo("target"))
                .body("gamingSignals.fastClosures.closures", equalTo(3));
    }

    /**
     * Closures for death or moving away are not closures anyone comes back from: the signals about coming back
     * leave them out, as the repeat dashboard's returns after closure do, so both count the same closures; the
     * end-of-period signal is about when cases close, and counts them. Q2 2025: c1 died (7 days open, closed 27
     * June), c2 moved away (9 days), c3 met its goals (4 days) and the person presented again 15 days later.
     */
    @Test
    void closuresForDeathOrMovingAwayAreNotCountedAsClosuresThatCouldComeBack() {
        String g = team();
        String wg = worker(g);
        closeCase(openCase(person(g), g, wg, "2025-06-20T10:00:00Z"), "died", "2025-06-27T10:00:00Z");
        closeCase(openCase(person(g), g, wg, "2025-04-01T10:00:00Z"), "moved-away", "2025-04-10T10:00:00Z");
        String p3 = person(g);
        closeCase(openCase(p3, g, wg, "2025-04-01T10:00:00Z"), "goals-met", "2025-04-05T10:00:00Z");
        contact(openCase(p3, g, wg, "2025-04-20T09:00:00Z"), wg, "2025-04-20T10:00:00Z", "made", "person", "phone");

        String lead = Tokens.of(leadOf(g), "team-lead");
        as(lead).get("/api/teams/" + g + "/scorecard?period=2025-Q2").then().statusCode(200)
                .body("gamingSignals.fastClosures.closures", equalTo(1))
                .body("gamingSignals.fastClosures.presentedAgainWithin90Days", equalTo(1))
                .body("gamingSignals.fastClosures.share", equalTo(100.0f))
                .body("gamingSignals.quickReturns.closures", equalTo(1))
                .body("gamingSignals.quickReturns.returnedWithin30Days", equalTo(1))
                .body("gamingSignals.endOfPeriodClosures.closures", equalTo(3))
                .body("gamingSignals.endOfPeriodClosures.inLast7Days", equalTo(1));
        as(lead).get("/api/dashboards/repeat-presentations?team=" + g + "&from=2025-04-01&to=2025-06-30")
                .then().statusCode(200)
                .body("returnsAfterClosure.closures", equalTo(1))
                .body("returnsAfterClosure.bands[0].returned", equalTo(1));
    }

    /**
     * Contacts a few hours and days back, in the current year (the server records them now): 2 h, 26 h and
     * 9 days (216 h) late. Median 26 h; 90th percentile 26 + 0.8 * (216 - 26) = 178 h; one of three more than
     * 7 days late.
     */
    @Test
    void recordingDelayIsHowLongAfterTheyHappenedContactsWereRecorded() {
        OffsetDateTime now = TestClock.now();
        LocalDate today = TestClock.today();
        Assumptions.assumeTrue(today.getDayOfYear() > 12, "all three contacts fall in the current year");
        String team = team();
        String w = worker(team);
        String c = openCase(person(team), team, w, now.minusDays(11).toString());
        contact(c, w, now.minusHours(2).toString(), "made", "worker", "phone");
        contact(c, w, now.minusHours(26).toString(), "no-answer", "worker", "phone");
        contact(c, w, now.minusDays(9).toString(), "made", "person", "phone");

        scorecard(team, String.valueOf(today.getYear()))
                .body("gamingSignals.recordingDelay.interactions", equalTo(3))
                .body("gamingSignals.recordingDelay.medianHours", equalTo(26.0f))
                .body("gamingSignals.recordingDelay.p90Hours", equalTo(178.0f))
                .body("gamingSignals.recordingDelay.moreThan7DaysLate", equalTo(1))
                .body("gamingSignals.recordingDelay.shareMoreThan7DaysLate", equalTo(33.3f));
        // a quarter with no contacts has no delays
        scorecard(team, "2025-Q2").body("gamingSignals.recordingDelay.interactions", equalTo(0))
                .body("gamingSignals.recordingDelay.medianHours", equalTo(null));
    }

    /**
     * A two-item instrument scored by sum, higher is better. W1: self 6 / worker 10 (+4), self 8 / worker 10
     * (+2), self 12 / worker 10 (-2): 3 pairs, 2 higher (66.7%), mean gap 1.33, listed. W2: -1, -1, +1, mean
     * -0.33: not listed. W3: +5, +5, only 2 pairs: not listed.
     */
    @Test
    void workersWhoseRatingsRunAboveThePeoplesOwnAreListed() {
        String team = team();
        String instrument = "gap-" + UUID.randomUUID().toString().substring(0, 8);
        api().body(Map.of("code", instrument, "name", unique("Gap check"), "scoringRule", "sum",
                "scoreDirection", "higher-is-better", "meaningfulChange", 1, "items", List.of(
                        item("a"), item("b")))).post("/api/instruments").then().statusCode(201);
        Rater w1 = rater(team);
        Rater w2 = rater(team);
        Rater w3 = rater(team);

        String k1 = openCase(person(team), team, w1.id(), "2025-03-01T10:00:00Z");
        pair(k1, instrument, w1, "2025-04-01", 3, "2025-04-03", 5);
        pair(k1, instrument, w1, "2025-05-01", 4, "2025-05-05", 5);
        pair(k1, instrument, w1, "2025-06-01", 6, "2025-06-02", 5);
        // 18 days from the nearest worker rating: no pair
        assess(k1, instrument, null, "self", "2025-06-20", 1);

        String k2 = openCase(person(team), team, w2.id(), "2025-03-01T10:00:00Z");
        pair(k2, instrument, w2, "2025-04-01", 5, "2025-04-02", 4);
        pair(k2, instrument, w2, "2025-05-01", 5, "2025-05-02", 4);
        pair(k2, instrument, w2, "2025-06-01", 4, "2025-06-02", 5);

        String k3 = openCase(person(team), team, w3.id(), "2025-03-01T10:00:00Z");
        pair(k3, instrument, w3, "2025-04-01", 1, "2025-04-02", 3);
        pair(k3, instrument, w3, "2025-05-01", 1, "2025-05-02", 3);

        scorecard(team, "2025-Q2").body("gamingSignals.workersRatingHigher", hasSize(1))
                .body("gamingSignals.workersRatingHigher[0].workerId", equalTo(w1.id()))
                .body("gamingSignals.workersRatingHigher[0].displayName", equalTo(w1.name()))
                .body("gamingSignals.workersRatingHigher[0].pairs", equalTo(3))
                .body("gamingSignals.workersRatingHigher[0].workerHigher", equalTo(2))
                .body("gamingSignals.workersRatingHigher[0].shareWorkerHigher", equalTo(66.7f))
                .body("gamingSignals.workersRatingHigher[0].meanGap", equalTo(1.33f));
        // the ratings are in the second quarter only
        scorecard(team, "2025-Q3").body("gamingSignals.workersRatingHigher", hasSize(0));
    }

    private record Rater(String id, String name, String token) {
    }

    private static Rater rater(String team) {
        String username = "w." + UUID.randomUUID().toString().substring(0, 12);
        String name = unique("Rater");
        String id = api().body(Map.of("username", username, "displayName", name, "roles", List.of("worker"),
                "teamIds", List.of(team))).post("/api/workers").then().statusCode(201).extract().path("id");
        return new Rater(id, name, Tokens.of(username, "worker"));
    }

    private static Map<String, Object> item(String code) {
        return Map.of("code", code, "text", "Item " + code, "scaleMin", 0, "scaleMax", 10,
                "direction", "higher-is-better");
    }

    /** The person rates both items {@code self} on one day; the worker both items {@code worker} on another. */
    private static void pair(String caseId, String instrument, Rater worker, String selfDay, int self,
            String workerDay, int rating) {
        assess(caseId, instrument, null, "self", selfDay, self);
        assess(caseId, instrument, worker, "worker", workerDay, rating);
    }

    private static void assess(String caseId, String instrument, Rater by, String respondent, String day, int value) {
        List<Map<String, Object>> answers = new ArrayList<>();
        answers.add(Map.of("item", "a", "value", value));
        answers.add(Map.of("item", "b", "value", value));
        var request = by == null ? api() : as(by.token());
        request.body(Map.of("instrument", instrument, "respondent", respondent,
                "assessedAt", day + "T10:00:00Z", "answers", answers))
                .post("/api/cases/" + caseId + "/assessments").then().statusCode(201);
    }

    /** A new team lead in exactly these teams; the username. */
    private static String leadOf(String... teams) {
        String username = "lead." + UUID.randomUUID().toString().substring(0, 12);
        api().body(Map.of("username", username, "displayName", unique("Lead"), "roles", List.of("team-lead"),
                "teamIds", List.of(teams))).post("/api/workers").then().statusCode(201);
        return username;
    }

}
