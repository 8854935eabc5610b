package org.casework.referrals;

import static org.casework.support.Api.api;
import static org.casework.support.Api.invalid;
import static org.casework.support.Fixtures.openCase;
import static org.casework.support.Fixtures.openCaseSince;
import static org.casework.support.Fixtures.person;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Fixtures.unique;
import static org.casework.support.Fixtures.worker;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.casework.support.Fixtures.CaseContext;
import org.casework.support.TestClock;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReferralResourceTest {

    @Test
    void sendingToAnAgencyRecordsWhoSentItAndTheSenderOwnsIt() {
        CaseContext c = openCaseSince("2025-06-01T09:00:00Z");
        String id = api().body(Map.of("caseId", c.caseId(), "toAgency", "  Citizens Advice Cardiff ",
                        "reason", "Benefit sanction appeal", "sentByWorkerId", c.keyWorkerId(),
                        "sentAt", "2026-01-15T10:00:00+01:00"))
                .post("/api/referrals").then().statusCode(201).header("ETag", "\"0\"")
                .header("Location", Matchers.containsString("/api/referrals/"))
                .body("status", equalTo("sent")).extract().path("id");

        api().get("/api/referrals/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("caseId", equalTo(c.caseId())).body("personId", equalTo(c.personId()))
                .body("teamId", equalTo(c.teamId())).body("toAgency", equalTo("Citizens Advice Cardiff"))
                .body("toTeamId", nullValue()).body("reason", equalTo("Benefit sanction appeal"))
                .body("sentByWorkerId", equalTo(c.keyWorkerId())).body("ownerWorkerId", equalTo(c.keyWorkerId()))
                .body("sentAt", sameInstant("2026-01-15T09:00:00Z"))
                .body("acknowledgedAt", nullValue()).body("respondedAt", nullValue())
                .body("responseNote", nullValue()).body("version", equalTo(0));
    }

    @Test
    void sendingToAnotherTeamNamesAnOwnerAndDefaultsSentAtToNow() {
        CaseContext c = openCaseSince("2025-06-01T09:00:00Z");
        String otherTeam = team();
        String owner = worker(otherTeam);
        OffsetDateTime before = TestClock.now().minusSeconds(5);
        var created = api().body(Map.of("caseId", c.caseId(), "toTeamId", otherTeam, "reason", "Needs tenancy support",
                        "sentByWorkerId", c.keyWorkerId(), "ownerWorkerId", owner))
                .post("/api/referrals").then().statusCode(201).extract();
        String id = created.path("id");
        assertEquals("/api/referrals/" + id, URI.create(created.header("Location")).getPath());

        String sentAt = api().get("/api/referrals/" + id).then().statusCode(200)
                .body("toTeamId", equalTo(otherTeam)).body("toAgency", nullValue())
                .body("ownerWorkerId", equalTo(owner)).extract().path("sentAt");
        OffsetDateTime sent = OffsetDateTime.parse(sentAt);
        assertTrue(!sent.isBefore(before) && !sent.isAfter(TestClock.now().plusSeconds(5)));
    }

    @Test
    void exactlyOneDestinationIsRequiredAndBothFieldsAreNamed() {
        CaseContext c = openCaseSince("2025-06-01T09:00:00Z");
        api().body(Map.of("caseId", c.caseId(), "toTeamId", team(), "toAgency", "Shelter Cymru", "reason", "x",
                        "sentByWorkerId", c.keyWorkerId()))
                .post("/api/referrals").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("toTeamId", "toAgency"));
        api().body(Map.of("caseId", c.caseId(), "reason", "x", "sentByWorkerId", c.keyWorkerId()))
                .post("/api/referrals").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("toTeamId", "toAgency"));
        api().body(Map.of("caseId", c.caseId(), "toAgency", "   ", "reason", "x", "sentByWorkerId", c.keyWorkerId()))
                .post("/api/referrals").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("toTeamId", "toAgency"));
        api().queryParam("caseId", c.caseId()).get("/api/referrals").then().body("items", hasSize(0));
    }

    @Test
    void eachInvalidFieldIsNamed() {
        CaseContext c = openCaseSince("2025-06-01T09:00:00Z");
        expectInvalid(body(c, Map.of("toTeamId", UUID.randomUUID().toString())), "toTeamId");
        expectInvalid(body(c, Map.of("toTeamId", c.teamId())), "toTeamId");
        expectInvalid(body(c, Map.of("caseId", UUID.randomUUID().toString())), "caseId");
        expectInvalid(body(c, Map.of("sentByWorkerId", worker(team()))), "sentByWorkerId");
        expectInvalid(body(c, Map.of("sentByWorkerId", UUID.randomUUID().toString())), "sentByWorkerId");
        expectInvalid(body(c, Map.of("sentByWorkerId", inactiveWorker(c.teamId()))), "sentByWorkerId");
        expectInvalid(body(c, Map.of("ownerWorkerId", UUID.randomUUID().toString())), "ownerWorkerId");
        expectInvalid(body(c, Map.of("ownerWorkerId", inactiveWorker(team()))), "ownerWorkerId");
        expectInvalid(body(c, Map.of("sentAt", TestClock.now().plusDays(1).toString())), "sentAt");
        expectInvalid(body(c, Map.of("reason", " ")), "reason");
        expectInvalid(body(c, Map.of("reason", "x".repeat(4001))), "reason");

        Map<String, Object> missing = body(c, Map.of());
        missing.remove("reason");
        missing.remove("sentByWorkerId");
        invalid().body(missing).post("/api/referrals").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("reason", "sentByWorkerId"));
        invalid().body(body(c, Map.of("unexpected", true))).post("/api/referrals").then().statusCode(400)
                .body("errors[0].field", equalTo("unexpected"));
        api().queryParam("caseId", c.caseId()).get("/api/referrals").then().body("items", hasSize(0));
    }

    @Test
    void aReferralIsNotSentBeforeTheCaseOpenedNorFromAClosedCase() {
        String team = team();
        String worker = worker(team);
        String caseId = openCase(person(team), team, worker, "2026-01-10T10:00:00Z");
        CaseContext c = new CaseContext(team, null, worker, caseId);
        expectInvalid(body(c, Map.of("sentAt", "2026-01-10T09:59:59Z")), "sentAt");
        api().body(body(c, Map.of("sentAt", "2026-01-10T10:00:00Z"))).post("/api/referrals").then().statusCode(201);

        api().header("If-Match", "\"0\"").body(Map.of("reason", "goals-met")).post("/api/cases/" + caseId + "/closure")
                .then().statusCode(200);
        api().body(body(c, Map.of())).post("/api/referrals").then().statusCode(409)
                .body("errors[0].field", equalTo("caseId"));
        api().queryParam("caseId", caseId).get("/api/referrals").then().body("items", hasSize(1));
    }

    @Test
    void acknowledgingThenAcceptingRecordsEachMomentAndTheNote() {
        CaseContext c = openCaseSince("2025-06-01T09:00:00Z");
        String id = send(c, "2026-02-01T09:00:00Z");
        String newOwner = worker(team());
        api().header("If-Match", "\"0\"").body(Map.of("status", "acknowledged", "at", "2026-02-02T09:00:00Z",
                        "ownerWorkerId", newOwner))
                .post("/api/referrals/" + id + "/status").then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("acknowledged"));
        api().header("If-Match", "\"1\"").body(Map.of("status", "accepted", "at", "2026-02-03T09:00:00Z",
                        "note", "First appointment on Tuesday"))
                .post("/api/referrals/" + id + "/status").then().statusCode(200).header("ETag", "\"2\"");

        api().get("/api/referrals/" + id).then().statusCode(200).header("ETag", "\"2\"")
                .body("status", equalTo("accepted")).body("ownerWorkerId", equalTo(newOwner))
                .body("acknowledgedAt", sameInstant("2026-02-02T09:00:00Z"))
                .body("respondedAt", sameInstant("2026-02-03T09:00:00Z"))
                .body("responseNote", equalTo("First appointment on Tuesday"));
    }

    @Test
    void acceptingStraightFromSentAlsoAcknowledgesButDecliningDoesNot() {
        CaseContext c = openCaseSince("2025-06-01T09:00:00Z");
        String accepted = send(c, "2026-02-01T09:00:00Z");
        api().header("If-Match", "\"0\"").body(Map.of("status", "accepted", "at", "2026-02-04T12:00:00Z"))
                .post("/api/referrals/" + accepted + "/status").then().statusCode(200);
        api().get("/api/referrals/" + accepted).then()
                .body("acknowledgedAt", sameInstant("2026-02-04T12:00:00Z"))
                .body("respondedAt", sameInstant("2026-02-04T12:00:00Z")).body("responseNote", nullValue());

        String declined = send(c, "2026-02-01T09:00:00Z");
        api().header("If-Match", "\"0\"").body(Map.of("status", "declined", "note", "Outside our area"))
                .post("/api/referrals/" + declined + "/status").then().statusCode(200);
        api().get("/api/referrals/" + declined).then().body("status", equalTo("declined"))
                .body("acknowledgedAt", nullValue()).body("respondedAt", notNullValue())
                .body("responseNote", equalTo("Outside our area"));

        String unanswered = send(c, "2026-02-01T09:00:00Z");
        api().header("If-Match", "\"0\"").body(Map.of("status", "acknowledged"))
                .post("/api/referrals/" + unanswered + "/status").then().statusCode(200);
        api().header("If-Match", "\"1\"").body(Map.of("status", "no-response"))
                .post("/api/referrals/" + unanswered + "/status").then().statusCode(200)
                .body("status", equalTo("no-response")).body("acknowledgedAt", notNullValue())
                .body("respondedAt", notNullValue());
    }

    @Test
    void onlyForwardChangesAreAllowed() {
        CaseContext c = openCaseSince("2025-06-01T09:00:00Z");
        String id = send(c, "2026-02-01T09:00:00Z");
        api().header("If-Match", "\"0\"").body(Map.of("status", "acknowledged", "at", "2026-02-02T09:00:00Z"))
                .post("/api/referrals/" + id + "/status").then().statusCode(200);
        api().header("If-Match", "\"1\"").body(Map.of("status", "acknowledged"))
                .post("/api/referrals/" + id + "/status").then().statusCode(409)
                .body("errors[0].field", equalTo("status"));
        api().header("If-Match", "\"1\"").body(Map.of("status", "declined", "at", "2026-02-05T09:00:00Z"))
                .post("/api/referrals/" + id + "/status").then().statusCode(200);
        for (String status : List.of("accepted", "declined", "no-response", "acknowledged")) {
            api().header("If-Match", "\"2\"").body(Map.of("status", status))
                    .post("/api/referrals/" + id + "/status").then().statusCode(409)
                    .body("errors[0].field", equalTo("status"));
        }
        invalid().header("If-Match", "\"2\"").body(Map.of("status", "sent"))
                .post("/api/referrals/" + id + "/status").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        api().get("/api/referrals/" + id).then().header("ETag", "\"2\"").body("status", equalTo("declined"))
                .body("respondedAt", sameInstant("2026-02-05T09:00:00Z"));
    }

    @Test
    void theMomentOfAChangeIsNotBeforeTheLastNorInTheFuture() {
        CaseContext c = openCaseSince("2025-06-01T09:00:00Z");
        String id = send(c, "2026-02-01T09:00:00Z");
        expectInvalidChange(id, "\"0\"", Map.of("status", "acknowledged", "at", "2026-02-01T08:59:59Z"), "at");
        expectInvalidChange(id, "\"0\"", Map.of("status", "accepted",
                "at", TestClock.now().plusHours(1).toString()), "at");
        expectInvalidChange(id, "\"0\"", Map.of("status", "acknowledged", "note", "Seen"), "note");
        expectInvalidChange(id, "\"0\"", Map.of("status", "acknowledged", "ownerWorkerId", UUID.randomUUID().toString()),
                "ownerWorkerId");
        expectInvalidChange(id, "\"0\"", Map.of("status", "maybe"), "status");
        api().header("If-Match", "\"0\"").body(Map.of("status", "acknowledged", "at", "2026-02-03T09:00:00Z"))
                .post("/api/referrals/" + id + "/status").then().statusCode(200);
        expectInvalidChange(id, "\"1\"", Map.of("status", "accepted", "at", "2026-02-02T09:00:00Z"), "at");
        api().get("/api/referrals/" + id).then().header("ETag", "\"1\"").body("status", equalTo("acknowledged"))
                .body("ownerWorkerId", equalTo(c.keyWorkerId()));
    }

    @Test
    void changesNeedTheCurrentETag() {
        CaseContext c = openCaseSince("2025-06-01T09:00:00Z");
        String id = send(c, "2026-02-01T09:00:00Z");
        invalid().body(Map.of("status", "acknowledged")).post("/api/referrals/" + id + "/status").then()
                .statusCode(428).body("errors[0].field", equalTo("If-Match"));
        api().header("If-Match", "\"7\"").body(Map.of("status", "acknowledged"))
                .post("/api/referrals/" + id + "/status").then().statusCode(412);
        api().header("If-Match", "\"0\"").body(Map.of("status", "acknowledged"))
                .post("/api/referrals/" + id + "/status").then().statusCode(200);
        api().header("If-Match", "\"0\"").body(Map.of("status", "accepted"))
                .post("/api/referrals/" + id + "/status").then().statusCode(412);
        api().get("/api/referrals/" + id).then().body("status", equalTo("acknowledged"));
    }

    @Test
    void unknownReferralsAreNotFound() {
        String unknown = UUID.randomUUID().toString();
        api().get("/api/referrals/" + unknown).then().statusCode(404);
        api().header("If-Match", "\"0\"").body(Map.of("status", "acknowledged"))
                .post("/api/referrals/" + unknown + "/status").then().statusCode(404);
    }

    @Test
    void listsAreNewestSentFirstAndFollowTheNextLinkToTheEnd() {
        CaseContext c = openCaseSince("2025-06-01T09:00:00Z");
        String first = send(c, "2026-03-01T09:00:00Z");
        String second = send(c, "2026-03-02T09:00:00Z");
        String third = send(c, "2026-03-03T09:00:00Z");
        String sameTimeA = send(c, "2026-03-04T09:00:00Z");
        String sameTimeB = send(c, "2026-03-04T09:00:00Z");
        List<String> tied = new ArrayList<>(List.of(sameTimeA, sameTimeB));
        tied.sort(Comparator.reverseOrder());

        List<String> seen = new ArrayList<>();
        String next = "/api/referrals?caseId=" + c.caseId() + "&limit=2";
        int pages = 0;
        while (next != null) {
            JsonPath page = api().get(next).then().statusCode(200).extract().jsonPath();
            List<String> ids = page.getList("items.id");
            seen.addAll(ids);
            next = page.getString("next");
            pages++;
            if (next != null) {
                assertEquals(2, ids.size());
            }
        }
        assertEquals(3, pages);
        assertEquals(List.of(tied.get(0), tied.get(1), third, second, first), seen);

        api().queryParam("caseId", c.caseId()).queryParam("limit", 5).get("/api/referrals").then()
                .body("items", hasSize(5)).body("next", nullValue());
        api().queryParam("caseId", c.caseId()).queryParam("limit", 4).get("/api/referrals").then()
                .body("items", hasSize(4)).body("next", notNullValue());
        invalid().queryParam("limit", 0).get("/api/referrals").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        invalid().queryParam("limit", 101).get("/api/referrals").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        invalid().queryParam("cursor", "not-a-cursor").get("/api/referrals").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void listsFilterByCasePersonSendingTeamReceivingTeamAndStatus() {
        CaseContext c = openCaseSince("2025-06-01T09:00:00Z");
        String receiving = team();
        String toTeam = api().body(Map.of("caseId", c.caseId(), "toTeamId", receiving, "reason", "Tenancy support",
                        "sentByWorkerId", c.keyWorkerId(), "sentAt", "2026-03-02T09:00:00Z"))
                .post("/api/referrals").then().statusCode(201).extract().path("id");
        String toAgency = send(c, "2026-03-01T09:00:00Z");
        api().header("If-Match", "\"0\"").body(Map.of("status", "acknowledged"))
                .post("/api/referrals/" + toAgency + "/status").then().statusCode(200);
        CaseContext other = openCaseSince("2025-06-01T09:00:00Z");
        send(other, "2026-03-01T09:00:00Z");

        api().queryParam("personId", c.personId()).get("/api/referrals").then().statusCode(200)
                .body("items.id", contains(toTeam, toAgency));
        api().queryParam("teamId", c.teamId()).get("/api/referrals").then().body("items.id", contains(toTeam, toAgency));
        api().queryParam("toTeamId", receiving).get("/api/referrals").then().body("items.id", contains(toTeam));
        api().queryParam("teamId", c.teamId()).queryParam("status", "acknowledged").get("/api/referrals").then()
                .body("items.id", contains(toAgency));
        api().queryParam("caseId", c.caseId()).queryParam("status", "sent").get("/api/referrals").then()
                .body("items.id", contains(toTeam));
        api().queryParam("toTeamId", team()).get("/api/referrals").then().statusCode(200).body("items", hasSize(0));
        invalid().queryParam("status", "lost").get("/api/referrals").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        invalid().queryParam("personId", "nobody").get("/api/referrals").then().statusCode(400)
                .body("errors[0].field", equalTo("personId"));
    }

    private static String send(CaseContext c, String sentAt) {
        return api().body(body(c, Map.of("sentAt", sentAt))).post("/api/referrals").then().statusCode(201)
                .extract().path("id");
    }

    private static Map<String, Object> body(CaseContext c, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>();
        body.put("caseId", c.caseId());
        body.put("toAgency", "Shelter Cymru");
        body.put("reason", "Needs specialist housing advice");
        body.put("sentByWorkerId", c.keyWorkerId());
        if (overrides.containsKey("toTeamId")) {
            body.remove("toAgency");
        }
        body.putAll(overrides);
        return body;
    }

    private static void expectInvalid(Map<String, Object> body, String field) {
        invalid().body(body).post("/api/referrals").then().statusCode(400).body("errors[0].field", equalTo(field));
    }

    private static void expectInvalidChange(String id, String etag, Map<String, Object> body, String field) {
        invalid().header("If-Match", etag).body(body).post("/api/referrals/" + id + "/status").then().statusCode(400)
                .body("errors[0].field", equalTo(field));
    }

    /** A worker of the team who has since left. */
    static String inactiveWorker(String teamId) {
        String username = "w." + UUID.randomUUID().toString().substring(0, 12);
        String id = api().body(Map.of("username", username, "displayName", unique("Worker"), "roles", List.of("worker"),
                        "teamIds", List.of(teamId)))
                .post("/api/workers").then().statusCode(201).extract().path("id");
        api().header("If-Match", "\"0\"").body(Map.of("username", username, "displayName", unique("Worker"),
                        "roles", List.of("worker"), "teamIds", List.of(teamId), "active", false))
                .put("/api/workers/" + id).then().statusCode(200);
        return id;
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
}
