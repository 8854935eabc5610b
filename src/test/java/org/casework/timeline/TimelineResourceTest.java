package org.casework.timeline;

import static org.casework.support.Api.api;
import static org.casework.support.Api.invalid;
import static org.casework.support.Fixtures.openCase;
import static org.casework.support.Fixtures.person;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Fixtures.worker;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TimelineResourceTest {

    /** One person's year with a team: opened, handed over, referred, two offers, closed. */
    record History(String personId, String teamId, String caseId, String keyWorker, String nextWorker,
            String referral, String declinedOffer, String withdrawnOffer) {
    }

    @Test
    void theWholeHistoryIsMergedNewestFirst() {
        History h = history();
        String timeline = "/api/people/" + h.personId() + "/timeline";
        api().get(timeline).then().statusCode(200).body("next", nullValue())
                .body("items.kind", contains("case", "offer", "offer", "offer", "offer", "offer", "referral",
                        "referral", "referral", "handover", "case"))
                .body("items.event", contains("closed", "withdrawn", "accepted", "offered", "declined", "offered",
                        "accepted", "acknowledged", "sent", "handed-over", "opened"))
                .body("items.caseId", everyItem(equalTo(h.caseId())))
                .body("items.teamId", everyItem(equalTo(h.teamId())))
                .body("items[0].at", sameInstant("2025-10-01T09:00:00Z"))
                .body("items[0].code", equalTo("housed")).body("items[0].summary", equalTo("Moved into a flat"))
                .body("items[0].workerId", equalTo(h.nextWorker()))
                .body("items[1].code", equalTo("temporary-accommodation"))
                .body("items[1].summary", equalTo("Landlord pulled out"))
                .body("items[4].summary", equalTo("Too far from school"))
                .body("items[5].summary", equalTo("Room at the Ty Gwyn hostel"))
                .body("items[5].workerId", equalTo(h.keyWorker()))
                .body("items[6].summary", equalTo("Appointment booked")).body("items[6].at", sameInstant("2025-07-03T09:00:00Z"))
                .body("items[7].at", sameInstant("2025-07-03T09:00:00Z")).body("items[7].summary", nullValue())
                .body("items[8].summary", equalTo("Needs specialist debt advice"))
                .body("items[8].workerId", equalTo(h.keyWorker())).body("items[8].code", nullValue())
                .body("items[9].workerId", equalTo(h.nextWorker()))
                .body("items[9].summary", equalTo("Aled is on long-term leave"))
                .body("items[10].at", sameInstant("2025-06-01T09:00:00Z"));
        List<String> sources = api().get(timeline).then().extract().path("items.sourceId");
        assertEquals(List.of(h.caseId(), h.withdrawnOffer(), h.withdrawnOffer(), h.withdrawnOffer(),
                h.declinedOffer(), h.declinedOffer(), h.referral(), h.referral(), h.referral()), sources.subList(0, 9));
        assertEquals(h.caseId(), sources.get(10));
    }

    @Test
    void contactsAreOnTheTimelineWithWhetherContactWasMadeAndTheirChannel() {
        String team = team();
        String worker = worker(team);
        String person = person(team);
        String caseId = openCase(person, team, worker, "2025-06-01T09:00:00Z");
        Map<String, Object> visit = org.casework.support.Fixtures.interactionBody(worker, "2025-06-02T10:00:00Z",
                "made");
        visit.put("channel", "home-visit");
        visit.put("summary", "Looked at the damp together");
        String made = api().body(visit).post("/api/cases/" + caseId + "/interactions").then().statusCode(201)
                .extract().path("id");
        String missed = org.casework.support.Fixtures.interaction(caseId, worker, "2025-06-03T10:00:00Z",
                "did-not-attend");

        api().get("/api/people/" + person + "/timeline?kinds=interaction").then().statusCode(200)
                .body("items.sourceId", contains(missed, made))
                .body("items.event", contains("did-not-attend", "made"))
                .body("items.code", contains("phone", "home-visit"))
                .body("items[1].summary", equalTo("Looked at the damp together"))
                .body("items.workerId", everyItem(equalTo(worker)))
                .body("items.caseId", everyItem(equalTo(caseId)));
        api().get("/api/people/" + person + "/timeline").then().statusCode(200)
                .body("items.kind", contains("interaction", "interaction", "case"));
    }

    @Test
    void casesInOtherTeamsAreOnTheSameTimeline() {
        History h = history();
        String otherTeam = team();
        String otherCase = openCase(h.personId(), otherTeam, worker(otherTeam), "2025-11-01T09:00:00Z");
        api().queryParam("limit", 2).get("/api/people/" + h.personId() + "/timeline").then().statusCode(200)
                .body("items.sourceId", contains(otherCase, h.caseId()))
                .body("items.teamId", contains(otherTeam, h.teamId()))
                .body("items.event", contains("opened", "closed")).body("next", notNullValue());
    }

    @Test
    void eventsAtTheSameMomentKeepOneOrderAcrossPages() {
        String team = team();
        String worker = worker(team);
        String person = person(team);
        String caseId = openCase(person, team, worker, "2025-06-01T09:00:00Z");
        String moment = "2025-07-01T09:00:00Z";
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            keys.add("offer-made:" + offer(caseId, worker, moment));
        }
        keys.add("referral-sent:" + referral(caseId, worker, moment));
        keys.add("case-opened:" + caseId);
        String accepted = referral(caseId, worker, "2025-06-15T09:00:00Z");
        api().header("If-Match", "\"0\"").body(Map.of("status", "accepted", "at", moment))
                .post("/api/referrals/" + accepted + "/status").then().statusCode(200);
        keys.add("referral-responded:" + accepted);
        keys.add("referral-acknowledged:" + accepted);
        keys.add("referral-sent:" + accepted);

        // newest first; at the same moment, the entry key in reverse (byte) order
        List<String> tied = new ArrayList<>(keys.subList(0, 4));
        tied.add("referral-responded:" + accepted);
        tied.add("referral-acknowledged:" + accepted);
        tied.sort(Comparator.reverseOrder());
        List<String> expected = new ArrayList<>(tied);
        expected.add("referral-sent:" + accepted);
        expected.add("case-opened:" + caseId);

        String timeline = "/api/people/" + person + "/timeline";
        List<String> whole = keysOf(api().get(timeline).then().statusCode(200).extract().jsonPath());
        assertEquals(expected, whole);
        for (int limit : List.of(1, 2, 3, 7)) {
            assertEquals(expected, followToTheEnd(timeline + "?limit=" + limit, limit), "pages of " + limit);
        }
        assertEquals(expected.subList(0, 8), followToTheEnd(timeline + "?limit=8", 8));
    }

    @Test
    void kindsFilterCommaSeparatedAndRepeated() {
        History h = history();
        String timeline = "/api/people/" + h.personId() + "/timeline";
        api().queryParam("kinds", "offer").get(timeline).then().statusCode(200)
                .body("items", hasSize(5)).body("items.kind", everyItem(equalTo("offer")));
        api().queryParam("kinds", "case,handover").queryParam("kinds", "referral").get(timeline).then()
                .statusCode(200).body("items.event", contains("closed", "accepted", "acknowledged", "sent",
                        "handed-over", "opened"));
        api().queryParam("kinds", "interaction").get(timeline).then().statusCode(200).body("items", hasSize(0))
                .body("next", nullValue());

        List<String> kinds = new ArrayList<>();
        int pages = 0;
        // repeated here: next links encode commas (%2C), which the contract validator does not decode
        String next = timeline + "?kinds=case&kinds=handover&kinds=referral&limit=4";
        while (next != null) {
            JsonPath page = api().get(next).then().statusCode(200).extract().jsonPath();
            kinds.addAll(page.getList("items.kind"));
            next = page.getString("next");
            pages++;
        }
        assertEquals(2, pages);
        assertEquals(List.of("case", "referral", "referral", "referral", "handover", "case"), kinds);

        invalid().queryParam("kinds", "meeting").get(timeline).then().statusCode(400)
                .body("errors[0].field", equalTo("kinds"));
        invalid().queryParam("kinds", "case").queryParam("kinds", "offer,note").get(timeline).then().statusCode(400)
                .body("errors[0].field", equalTo("kinds"));
    }

    @Test
    void fromAndToAreInclusiveMoments() {
        History h = history();
        String timeline = "/api/people/" + h.personId() + "/timeline";
        api().queryParam("from", "2025-08-01T10:00:00+01:00").queryParam("to", "2025-09-02T09:00:00Z")
                .get(timeline).then().statusCode(200)
                .body("items.event", contains("accepted", "offered", "declined", "offered"))
                .body("items.sourceId", contains(h.withdrawnOffer(), h.withdrawnOffer(), h.declinedOffer(),
                        h.declinedOffer()));
        api().queryParam("from", "2025-09-03T09:00:00Z").get(timeline).then()
                .body("items.event", contains("closed", "withdrawn"));
        api().queryParam("to", "2025-06-10T09:00:00Z").queryParam("kinds", "handover").get(timeline).then()
                .body("items.event", contains("handed-over"));
        api().queryParam("from", "2025-07-03T09:00:00Z").queryParam("to", "2025-07-03T09:00:00Z").get(timeline)
                .then().body("items.event", contains("accepted", "acknowledged"));

        invalid().queryParam("from", "2025-09-01T00:00:00Z").queryParam("to", "2025-08-01T00:00:00Z").get(timeline)
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        invalid().queryParam("from", "2025-09-01").get(timeline).then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        invalid().queryParam("to", "yesterday").get(timeline).then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
    }

    @Test
    void anUnknownPersonIsNotFoundAndANewPersonHasAnEmptyTimeline() {
        api().get("/api/people/" + UUID.randomUUID() + "/timeline").then().statusCode(404);
        api().get("/api/people/" + person(team()) + "/timeline").then().statusCode(200)
                .body("items", hasSize(0)).body("next", nullValue());
        invalid().queryParam("limit", 0).get("/api/people/" + person(team()) + "/timeline").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        invalid().queryParam("cursor", "bm9wZQ").get("/api/people/" + person(team()) + "/timeline").then()
                .statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void aCursorTheTimelineDidNotGiveOutIsRefused() {
        History h = history();
        String timeline = "/api/people/" + h.personId() + "/timeline";
        String next = api().queryParam("limit", 2).get(timeline).then().statusCode(200).extract().path("next");
        String cursor = next.substring(next.indexOf("cursor=") + "cursor=".length()).replaceAll("&.*", "");
        api().get(next).then().statusCode(200).body("items", hasSize(2));

        // the shape the timeline used to accept: any entry key after a well-formed time
        String invented = base64("2025-09-03T09:00:00Z") + "." + base64("zzz");
        invalid().queryParam("cursor", invented).get(timeline).then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));

        String someoneElse = "/api/people/" + person(h.teamId()) + "/timeline";
        invalid().queryParam("cursor", cursor).get(someoneElse).then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        invalid().queryParam("cursor", cursor).queryParam("kinds", "offer").get(timeline).then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        invalid().queryParam("cursor", cursor).get("/api/cases/" + h.caseId() + "/interactions").then()
                .statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    private static String base64(String text) {
        return java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static History history() {
        String team = team();
        String keyWorker = worker(team);
        String nextWorker = worker(team);
        String person = person(team);
        String caseId = openCase(person, team, keyWorker, "2025-06-01T09:00:00Z");
        api().header("If-Match", "\"0\"").body(Map.of("toWorkerId", nextWorker, "reason", "Aled is on long-term leave",
                        "handedOverAt", "2025-06-10T09:00:00Z"))
                .post("/api/cases/" + caseId + "/handovers").then().statusCode(201);

        String referral = api().body(Map.of("caseId", caseId, "toAgency", "Citizens Advice",
                        "reason", "Needs specialist debt advice", "sentByWorkerId", keyWorker,
                        "ownerWorkerId", nextWorker, "sentAt", "2025-07-01T09:00:00Z"))
                .post("/api/referrals").then().statusCode(201).extract().path("id");
        api().header("If-Match", "\"0\"").body(Map.of("status", "accepted", "at", "2025-07-03T09:00:00Z",
                        "note", "Appointment booked"))
                .post("/api/referrals/" + referral + "/status").then().statusCode(200);

        String declined = offer(caseId, keyWorker, "2025-08-01T09:00:00Z");
        api().header("If-Match", "\"0\"").body(Map.of("response", "declined", "reason", "Too far from school",
                        "at", "2025-08-02T09:00:00Z"))
                .post("/api/offers/" + declined + "/response").then().statusCode(200);
        String withdrawn = offer(caseId, nextWorker, "2025-09-01T09:00:00Z");
        api().header("If-Match", "\"0\"").body(Map.of("response", "accepted", "at", "2025-09-02T09:00:00Z"))
                .post("/api/offers/" + withdrawn + "/response").then().statusCode(200);
        api().header("If-Match", "\"1\"").body(Map.of("reason", "Landlord pulled out", "at", "2025-09-03T09:00:00Z"))
                .post("/api/offers/" + withdrawn + "/withdrawal").then().statusCode(200);

        api().header("If-Match", "\"1\"").body(Map.of("reason", "housed", "note", "Moved into a flat",
                        "closedAt", "2025-10-01T09:00:00Z"))
                .post("/api/cases/" + caseId + "/closure").then().statusCode(200);
        return new History(person, team, caseId, keyWorker, nextWorker, referral, declined, withdrawn);
    }

    private static String offer(String caseId, String workerId, String offeredAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("caseId", caseId);
        body.put("offerType", "temporary-accommodation");
        body.put("description", "Room at the Ty Gwyn hostel");
        body.put("offeredAt", offeredAt);
        body.put("offeredByWorkerId", workerId);
        return api().body(body).post("/api/offers").then().statusCode(201).extract().path("id");
    }

    private static String referral(String caseId, String workerId, String sentAt) {
        return api().body(Map.of("caseId", caseId, "toAgency", "Shelter Cymru", "reason", "Housing advice",
                        "sentByWorkerId", workerId, "sentAt", sentAt))
                .post("/api/referrals").then().statusCode(201).extract().path("id");
    }

    /** The view's keys, rebuilt from what the API answers. */
    private static List<String> keysOf(JsonPath page) {
        List<String> keys = new ArrayList<>();
        List<Map<String, Object>> items = page.getList("items");
        for (Map<String, Object> item : items) {
            String prefix = switch (item.get("kind") + "/" + item.get("event")) {
                case "case/opened" -> "case-opened";
                case "case/closed" -> "case-closed";
                case "handover/handed-over" -> "handover";
                case "referral/sent" -> "referral-sent";
                case "referral/acknowledged" -> "referral-acknowledged";
                case "offer/offered" -> "offer-made";
                case "offer/withdrawn" -> "offer-withdrawn";
                default -> item.get("kind") + "-responded";
            };
            keys.add(prefix + ":" + item.get("sourceId"));
        }
        return keys;
    }

    private static List<String> followToTheEnd(String first, int limit) {
        List<String> keys = new ArrayList<>();
        String next = first;
        while (next != null) {
            JsonPath page = api().get(next).then().statusCode(200).extract().jsonPath();
            List<String> pageKeys = keysOf(page);
            next = page.getString("next");
            if (next != null) {
                assertEquals(limit, pageKeys.size());
            }
            keys.addAll(pageKeys);
        }
        return keys;
    }

    /** The same instant, whatever offset and precision the answer is written in. */
    static Matcher<Object> sameInstant(String expected) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object actual) {
                return actual instanceof String s
                        && OffsetDateTime.parse(s).toInstant().equals(OffsetDateTime.parse(expected).toInstant());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("the instant " + expected);
            }
        };
    }

    @Test
    void anAssessmentIsOnTheTimelineWithItsInstrumentAndRespondent() {
        var c = org.casework.support.Fixtures.openCaseSince("2026-01-05T09:00:00Z");
        List<String> items = api().get("/api/instruments/ons4").then().statusCode(200).extract().path("items.code");
        List<java.util.Map<String, Object>> answers = new ArrayList<>();
        items.forEach(code -> answers.add(java.util.Map.of("item", code, "value", 6)));
        String id = api().body(java.util.Map.of("instrument", "ons4", "respondent", "joint", "answers", answers,
                "assessedAt", "2026-02-01T10:00:00Z")).post("/api/cases/" + c.caseId() + "/assessments")
                .then().statusCode(201).extract().path("id");

        api().queryParam("kinds", "assessment").get("/api/people/" + c.personId() + "/timeline").then()
                .statusCode(200).body("items", hasSize(1))
                .body("items[0].kind", equalTo("assessment")).body("items[0].event", equalTo("ons4"))
                .body("items[0].code", equalTo("joint")).body("items[0].sourceId", equalTo(id))
                .body("items[0].caseId", equalTo(c.caseId())).body("items[0].at", sameInstant("2026-02-01T10:00:00Z"));
    }
}
