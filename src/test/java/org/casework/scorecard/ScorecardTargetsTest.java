package org.casework.scorecard;

import static org.casework.scorecard.History.evaluations;
import static org.casework.scorecard.History.scorecard;
import static org.casework.support.Api.api;
import static org.casework.support.Fixtures.closeCase;
import static org.casework.support.Fixtures.contact;
import static org.casework.support.Fixtures.openCase;
import static org.casework.support.Fixtures.person;
import static org.casework.support.Fixtures.target;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Fixtures.worker;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

/**
 * Every target metric on a hand-built history in the second quarter of 2025 (1 April to 1 July, British Summer
 * Time throughout), with the answers worked out in the comments.
 */
@QuarkusTest
class ScorecardTargetsTest {

    @Test
    void casesClosedWithinNDaysCountsExactlyNDaysButNotNPlusOne() {
        String team = team();
        String w = worker(team);
        // A: 1 Apr -> 29 Apr, exactly 28 days: within
        closeCase(open(team, w, "2025-04-01T10:00:00+01:00"), "goals-met", "2025-04-29T10:00:00+01:00");
        // B: 1 Apr -> 30 Apr, 29 days: not within
        closeCase(open(team, w, "2025-04-01T10:00:00+01:00"), "goals-met", "2025-04-30T10:00:00+01:00");
        // C: 20 Mar -> 10 May, 51 days: not within
        closeCase(open(team, w, "2025-03-20T10:00:00Z"), "goals-met", "2025-05-10T10:00:00+01:00");
        // D: 1 May -> 2 May: within
        closeCase(open(team, w, "2025-05-01T10:00:00+01:00"), "goals-met", "2025-05-02T10:00:00+01:00");
        // E: closed in March, before the quarter (within): counts only for the year
        closeCase(open(team, w, "2025-03-01T10:00:00Z"), "goals-met", "2025-03-05T10:00:00Z");
        // an open case is not a closure
        open(team, w, "2025-04-02T10:00:00+01:00");

        String quarterly = target(team, "cases-closed-within-days", 28, "at-least", 60, "quarter");
        String monthly = target(team, "cases-closed-within-days", 28, "at-least", 50, "month");
        String yearly = target(team, "cases-closed-within-days", 28, "at-least", 60, "year");

        scorecard(team, "2025-Q2")
                .body("targets", hasSize(3))
                // the quarter: A and D of A, B, C, D = 50.0% < 60: missed
                .body(evaluations(quarterly) + ".from", contains("2025-04-01"))
                .body(evaluations(quarterly) + ".to", contains("2025-06-30"))
                .body(evaluations(quarterly) + ".actual", contains(50.0f))
                .body(evaluations(quarterly) + ".threshold", contains(60.0f))
                .body(evaluations(quarterly) + ".comparator", contains("at-least"))
                .body(evaluations(quarterly) + ".met", contains(false))
                .body(evaluations(quarterly) + ".complete", contains(true))
                // each month: April A of A, B = 50.0 (met); May D of C, D = 50.0 (met); June no closures (null)
                .body(evaluations(monthly) + ".from", contains("2025-04-01", "2025-05-01", "2025-06-01"))
                .body(evaluations(monthly) + ".to", contains("2025-04-30", "2025-05-31", "2025-06-30"))
                .body(evaluations(monthly) + ".actual", contains(50.0f, 50.0f, null))
                .body(evaluations(monthly) + ".met", contains(true, true, null))
                // the whole year: A, D and E of A, B, C, D, E = 60.0 (met)
                .body(evaluations(yearly) + ".from", contains("2025-01-01"))
                .body(evaluations(yearly) + ".to", contains("2025-12-31"))
                .body(evaluations(yearly) + ".actual", contains(60.0f))
                .body(evaluations(yearly) + ".met", contains(true));
        // a month's scorecard judges a quarterly target over its whole quarter
        scorecard(team, "2025-05").body("from", equalTo("2025-05-01")).body("to", equalTo("2025-05-31"))
                .body(evaluations(quarterly) + ".from", contains("2025-04-01"))
                .body(evaluations(monthly) + ".from", contains("2025-05-01"));
    }

    @Test
    void daysToFirstContactIsTheMedianFromFirstPresentationToFirstContactMade() {
        String team = team();
        String w = worker(team);
        // P1: a worker's contact before the presentation does not count; presented by a referral on 2 Apr 09:00,
        // first contact made by the worker 5 Apr 09:00: 3.0 days
        String p1 = open(team, w, "2025-04-01T09:00:00Z");
        contact(p1, w, "2025-04-01T12:00:00Z", "made", "worker", "phone");
        contact(p1, w, "2025-04-02T09:00:00Z", "made", "referral", "phone");
        contact(p1, w, "2025-04-05T09:00:00Z", "made", "worker", "phone");
        // P2: no presentation, so from the opening (10 Apr 09:00); an attempt does not count; made 11 Apr 21:00:
        // 1.5 days
        String p2 = open(team, w, "2025-04-10T09:00:00Z");
        contact(p2, w, "2025-04-11T08:00:00Z", "no-answer", "worker", "phone");
        contact(p2, w, "2025-04-11T21:00:00Z", "made", "worker", "phone");
        // P3: the person came in and talked on 3 May: the presentation is the first contact, 0.0 days
        String p3 = open(team, w, "2025-05-01T09:00:00Z");
        contact(p3, w, "2025-05-03T09:00:00Z", "made", "person", "phone");
        // P4: no contact yet: left out
        open(team, w, "2025-05-05T09:00:00Z");
        // opened before the quarter: left out
        String before = open(team, w, "2025-03-01T09:00:00Z");
        contact(before, w, "2025-04-20T09:00:00Z", "made", "worker", "phone");

        String target = target(team, "days-to-first-contact", null, "at-most", 2, "quarter");
        String strict = target(team, "days-to-first-contact", null, "at-most", 1, "quarter");
        // median of 0.0, 1.5 and 3.0
        scorecard(team, "2025-Q2").body(evaluations(target) + ".actual", contains(1.5f))
                .body(evaluations(target) + ".met", contains(true))
                .body(evaluations(strict) + ".met", contains(false));
    }

    @Test
    void contactsPerOpenCaseMonthDividesContactsMadeByCaseMonthsOpenInThePeriod() {
        String team = team();
        String w = worker(team);
        // X: open all quarter, 91 days; 4 contacts made in the quarter, an attempt and one made before it
        String x = open(team, w, "2025-01-01T10:00:00Z");
        contact(x, w, "2025-03-15T10:00:00Z", "made", "worker", "phone");
        for (String at : new String[] { "2025-04-02T10:00:00Z", "2025-05-02T10:00:00Z", "2025-06-02T10:00:00Z",
                "2025-06-20T10:00:00Z" }) {
            contact(x, w, at, "made", "worker", "phone");
        }
        contact(x, w, "2025-06-21T10:00:00Z", "no-answer", "worker", "phone");
        // Y: open 1 Jun 00:00 to 16 Jun 00:00 (local), 15 days; 3 contacts made
        String y = open(team, w, "2025-06-01T00:00:00+01:00");
        for (String at : new String[] { "2025-06-02T10:00:00Z", "2025-06-03T10:00:00Z", "2025-06-04T10:00:00Z" }) {
            contact(y, w, at, "made", "worker", "phone");
        }
        closeCase(y, "goals-met", "2025-06-16T00:00:00+01:00");

        // 7 contacts / (106 days / 30.4375) = 7 * 30.4375 / 106 = 2.0100...
        String target = target(team, "contacts-per-open-case-month", null, "at-least", 2, "quarter");
        scorecard(team, "2025-Q2").body(evaluations(target) + ".actual", contains(2.01f))
                .body(evaluations(target) + ".met", contains(true));
        // a team with no open case has nothing to divide by
        String empty = team();
        String none = target(empty, "contacts-per-open-case-month", null, "at-least", 2, "quarter");
        scorecard(empty, "2025-Q2").body(evaluations(none) + ".actual", contains((Object) null))
                .body(evaluations(none) + ".met", contains((Object) null));
    }

    @Test
    void referralsAcknowledgedWithinNDaysCountsExactlyNDaysAndAnAnswerWithoutAcknowledgement() {
        String receiving = team();
        String sending = team();
        String w = worker(sending);
        String c = open(sending, w, "2025-03-01T10:00:00Z");
        // r1: acknowledged exactly 5 days after: within
        status(refer(c, receiving, w, "2025-04-01T10:00:00Z"), "acknowledged", "2025-04-06T10:00:00Z");
        // r2: acknowledged 6 days after: not within
        status(refer(c, receiving, w, "2025-04-01T10:00:00Z"), "acknowledged", "2025-04-07T10:00:00Z");
        // r3: declined after 2 days without an acknowledgement: the answer acknowledges it, within
        status(refer(c, receiving, w, "2025-05-01T10:00:00Z"), "declined", "2025-05-03T10:00:00Z");
        // r4: never acknowledged
        refer(c, receiving, w, "2025-05-02T10:00:00Z");
        // sent before the quarter: not counted
        status(refer(c, receiving, w, "2025-03-02T10:00:00Z"), "acknowledged", "2025-04-02T10:00:00Z");

        // 2 of 4 = 50.0
        String target = target(receiving, "referrals-acknowledged-within-days", 5, "at-least", 50, "quarter");
        String tighter = target(receiving, "referrals-acknowledged-within-days", 4, "at-least", 50, "quarter");
        scorecard(receiving, "2025-Q2").body(evaluations(target) + ".actual", contains(50.0f))
                .body(evaluations(target) + ".met", contains(true))
                // within 4 days: only r3, 25.0
                .body(evaluations(tighter) + ".actual", contains(25.0f))
                .body(evaluations(tighter) + ".met", contains(false));
        // the sending team received none
        String sent = target(sending, "referrals-acknowledged-within-days", 5, "at-least", 50, "quarter");
        scorecard(sending, "2025-Q2").body(evaluations(sent) + ".actual", contains((Object) null));
    }

    @Test
    void offersAcceptedIsTheShareOfThoseAnswered() {
        String team = team();
        String w = worker(team);
        String c = open(team, w, "2025-03-01T10:00:00Z");
        respond(offer(c, w, "2025-04-01T10:00:00Z"), "accepted", "2025-04-02T10:00:00Z");
        respond(offer(c, w, "2025-04-03T10:00:00Z"), "declined", "2025-04-04T10:00:00Z");
        // no answer yet: left out
        offer(c, w, "2025-04-05T10:00:00Z");
        // made before the quarter: left out
        respond(offer(c, w, "2025-03-15T10:00:00Z"), "accepted", "2025-04-02T10:00:00Z");

        // 1 of 2 answered = 50.0 < 60: missed
        String target = target(team, "offers-accepted", null, "at-least", 60, "quarter");
        String atMost = target(team, "offers-accepted", null, "at-most", 50, "quarter");
        scorecard(team, "2025-Q2").body(evaluations(target) + ".actual", contains(50.0f))
                .body(evaluations(target) + ".met", contains(false))
                .body(evaluations(atMost) + ".met", contains(true))
                .body("targets[0].target.metric", equalTo("offers-accepted"))
                .body("targets[0].target.description", nullValue());
    }

    private static String open(String team, String worker, String openedAt) {
        return openCase(person(team), team, worker, openedAt);
    }

    private static String refer(String caseId, String toTeam, String worker, String sentAt) {
        return api().body(Map.of("caseId", caseId, "toTeamId", toTeam, "reason", "Tenancy support",
                "sentByWorkerId", worker, "sentAt", sentAt)).post("/api/referrals").then().statusCode(201)
                .extract().path("id");
    }

    private static void status(String referralId, String status, String at) {
        api().header("If-Match", "\"0\"").body(Map.of("status", status, "at", at))
                .post("/api/referrals/" + referralId + "/status").then().statusCode(200);
    }

    private static String offer(String caseId, String worker, String offeredAt) {
        return api().body(Map.of("caseId", caseId, "offerType", "temporary-accommodation", "description",
                "Room at Ty Gwyn", "offeredByWorkerId", worker, "offeredAt", offeredAt)).post("/api/offers")
                .then().statusCode(201).extract().path("id");
    }

    private static void respond(String offerId, String response, String at) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("response", response, "at", at));
        if (response.equals("declined")) {
            body.put("reason", "Too far from school");
        }
        api().header("If-Match", "\"0\"").body(body).post("/api/offers/" + offerId + "/response").then()
                .statusCode(200);
    }

}
