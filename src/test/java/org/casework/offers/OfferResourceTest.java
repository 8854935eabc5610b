package org.casework.offers;

import static org.casework.support.Api.api;
import static org.casework.support.Api.invalid;
import static org.casework.support.Fixtures.openCase;
import static org.casework.support.Fixtures.openCaseSince;
import static org.casework.support.Fixtures.person;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Fixtures.worker;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
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
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OfferResourceTest {

    @Test
    void makingAnOfferRecordsWhatWhenAndByWhom() {
        CaseContext c = openCaseSince("2025-06-01T09:00:00Z");
        String id = api().body(Map.of("caseId", c.caseId(), "offerType", "social-tenancy",
                        "description", " Two-bedroom flat, Heol y Nant ", "finalOffer", true,
                        "offeredAt", "2026-03-31T23:30:00Z", "respondBy", "2026-04-01",
                        "offeredByWorkerId", c.keyWorkerId()))
                .post("/api/offers").then().statusCode(201).header("ETag", "\"0\"")
                .header("Location", containsString("/api/offers/")).body("status", equalTo("offered"))
                .extract().path("id");

        api().get("/api/offers/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("caseId", equalTo(c.caseId())).body("personId", equalTo(c.personId()))
                .body("teamId", equalTo(c.teamId())).body("offerType", equalTo("social-tenancy"))
                .body("description", equalTo("Two-bedroom flat, Heol y Nant")).body("finalOffer", equalTo(true))
                .body("offeredAt", sameInstant("2026-03-31T23:30:00Z")).body("respondBy", equalTo("2026-04-01"))
                .body("offeredByWorkerId", equalTo(c.keyWorkerId())).body("status", equalTo("offered"))
                .body("response", nullValue()).body("respondedAt", nullValue()).body("withdrawnAt", nullValue());
    }

    @Test
    void anOfferIsNotFinalAndIsMadeNowUnlessSaid() {
        CaseContext c = openCaseSince("2025-06-01T09:00:00Z");
        Map<String, Object> body = body(c, Map.of());
        body.remove("offeredAt");
        String id = api().body(body).post("/api/offers").then().statusCode(201).extract().path("id");
        String offeredAt = api().get("/api/offers/" + id).then().body("finalOffer", equalTo(false))
                .body("respondBy", nullValue()).extract().path("offeredAt");
        assertTrue(OffsetDateTime.parse(offeredAt).isAfter(TestClock.now().minusMinutes(1)));
    }

    @Test
    void eachInvalidFieldIsNamed() {
        CaseContext c = openCaseSince("2025-06-01T09:00:00Z");
        expectInvalid(body(c, Map.of("offerType", "castle")), "offerType");
        expectInvalid(body(c, Map.of("offerType", " ")), "offerType");
        expectInvalid(body(c, Map.of("description", "")), "description");
        expectInvalid(body(c, Map.of("caseId", UUID.randomUUID().toString())), "caseId");
        expectInvalid(body(c, Map.of("offeredByWorkerId", worker(team()))), "offeredByWorkerId");
        expectInvalid(body(c, Map.of("offeredByWorkerId", UUID.randomUUID().toString())), "offeredByWorkerId");
        expectInvalid(body(c, Map.of("offeredAt", TestClock.now().plusDays(1).toString())),
                "offeredAt");
        expectInvalid(body(c, Map.of("offeredAt", "2025-05-31T09:00:00Z")), "offeredAt");
        // 00:30 on 1 April in London is still 31 March in UTC: the day of the offer is London's
        expectInvalid(body(c, Map.of("offeredAt", "2026-03-31T23:30:00Z", "respondBy", "2026-03-31")), "respondBy");
        expectInvalid(body(c, Map.of("respondBy", "tomorrow")), "respondBy");
        Map<String, Object> missing = body(c, Map.of());
        missing.remove("offeredByWorkerId");
        expectInvalid(missing, "offeredByWorkerId");
        api().queryParam("caseId", c.caseId()).get("/api/offers").then().body("items", hasSize(0));
    }

    @Test
    void offersAreMadeOnOpenCasesOnly() {
        CaseContext c = openCaseSince("2025-06-01T09:00:00Z");
        api().header("If-Match", "\"0\"").body(Map.of("reason", "housed")).post("/api/cases/" + c.caseId() + "/closure")
                .then().statusCode(200);
        api().body(body(c, Map.of())).post("/api/offers").then().statusCode(409)
                .body("errors[0].field", equalTo("caseId"));
        api().queryParam("caseId", c.caseId()).get("/api/offers").then().body("items", hasSize(0));
    }

    @Test
    void acceptingRecordsTheResponseOnce() {
        CaseContext c = openCaseSince("2025-06-01T09:00:00Z");
        String id = make(c, "2026-03-01T09:00:00Z");
        api().header("If-Match", "\"0\"").body(Map.of("response", "accepted", "at", "2026-03-02T10:00:00Z"))
                .post("/api/offers/" + id + "/response").then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("accepted"));
        api().get("/api/offers/" + id).then().body("status", equalTo("accepted")).body("response", equalTo("accepted"))
                .body("respondedAt", sameInstant("2026-03-02T10:00:00Z")).body("responseReason", nullValue());
        api().header("If-Match", "\"1\"").body(Map.of("response", "declined", "reason", "Changed my mind"))
                .post("/api/offers/" + id + "/response").then().statusCode(409)
                .body("errors[0].field", equalTo("response"));
        api().get("/api/offers/" + id).then().header("ETag", "\"1\"").body("response", equalTo("accepted"));
    }

    @Test
    void decliningNeedsTheReason() {
        CaseContext c = openCaseSince("2025-06-01T09:00:00Z");
        String id = make(c, "2026-03-01T09:00:00Z");
        api().header("If-Match", "\"0\"").body(Map.of("response", "declined"))
                .post("/api/offers/" + id + "/response").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        api().header("If-Match", "\"0\"").body(Map.of("response", "declined", "reason", "  "))
                .post("/api/offers/" + id + "/response").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        api().header("If-Match", "\"0\"").body(Map.of("response", "declined", "reason", "Too far from school"))
                .post("/api/offers/" + id + "/response").then().statusCode(200);
        api().get("/api/offers/" + id).then().body("status", equalTo("declined"))
                .body("response", equalTo("declined")).body("responseReason", equalTo("Too far from school"))
                .body("respondedAt", notNullValue());
    }

    @Test
    void aResponseIsKnownAndNotBeforeTheOfferNorInTheFuture() {
        CaseContext c = openCaseSince("2025-06-01T09:00:00Z");
        String id = make(c, "2026-03-01T09:00:00Z");
        invalid().header("If-Match", "\"0\"").body(Map.of("response", "maybe"))
                .post("/api/offers/" + id + "/response").then().statusCode(400)
                .body("errors[0].field", equalTo("response"));
        api().header("If-Match", "\"0\"").body(Map.of("response", "accepted", "at", "2026-03-01T08:00:00Z"))
                .post("/api/offers/" + id + "/response").then().statusCode(400)
                .body("errors[0].field", equalTo("at"));
        api().header("If-Match", "\"0\"").body(Map.of("response", "accepted",
                        "at", TestClock.now().plusHours(2).toString()))
                .post("/api/offers/" + id + "/response").then().statusCode(400)
                .body("errors[0].field", equalTo("at"));
        api().get("/api/offers/" + id).then().header("ETag", "\"0\"").body("status", equalTo("offered"));
    }

    @Test
    void anAcceptedFinalOfferWithdrawnAfterwardsKeepsTheAcceptanceVisible() {
        CaseContext c = openCaseSince("2025-06-01T09:00:00Z");
        String id = make(c, "2026-03-01T09:00:00Z");
        api().header("If-Match", "\"0\"").body(Map.of("response", "accepted", "at", "2026-03-02T10:00:00Z"))
                .post("/api/offers/" + id + "/response").then().statusCode(200);
        api().header("If-Match", "\"1\"").body(Map.of("reason", "Too soon", "at", "2026-03-02T09:00:00Z"))
                .post("/api/offers/" + id + "/withdrawal").then().statusCode(400)
                .body("errors[0].field", equalTo("at"));
        api().header("If-Match", "\"1\"").body(Map.of("reason", "Landlord withdrew after meeting Jo",
                        "at", "2026-03-03T10:00:00Z"))
                .post("/api/offers/" + id + "/withdrawal").then().statusCode(200).header("ETag", "\"2\"");
        api().get("/api/offers/" + id).then().body("status", equalTo("withdrawn"))
                .body("response", equalTo("accepted")).body("respondedAt", sameInstant("2026-03-02T10:00:00Z"))
                .body("withdrawnAt", sameInstant("2026-03-03T10:00:00Z"))
                .body("withdrawalReason", equalTo("Landlord withdrew after meeting Jo"));
        api().queryParam("caseId", c.caseId()).queryParam("status", "withdrawn").get("/api/offers").then()
                .body("items.id", contains(id));
    }

    @Test
    void anOpenOfferCanBeWithdrawnButNotADeclinedOrWithdrawnOne() {
        CaseContext c = openCaseSince("2025-06-01T09:00:00Z");
        String open = make(c, "2026-03-01T09:00:00Z");
        invalid().header("If-Match", "\"0\"").body(Map.of("reason", " "))
                .post("/api/offers/" + open + "/withdrawal").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        api().header("If-Match", "\"0\"").body(Map.of("reason", "Before", "at", "2026-02-28T09:00:00Z"))
                .post("/api/offers/" + open + "/withdrawal").then().statusCode(400)
                .body("errors[0].field", equalTo("at"));
        api().header("If-Match", "\"0\"").body(Map.of("reason", "Property no longer available"))
                .post("/api/offers/" + open + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("withdrawn")).body("response", nullValue()).body("withdrawnAt", notNullValue());
        api().header("If-Match", "\"1\"").body(Map.of("reason", "Again"))
                .post("/api/offers/" + open + "/withdrawal").then().statusCode(409);
        api().header("If-Match", "\"1\"").body(Map.of("response", "accepted"))
                .post("/api/offers/" + open + "/response").then().statusCode(409);

        String declined = make(c, "2026-03-01T09:00:00Z");
        api().header("If-Match", "\"0\"").body(Map.of("response", "declined", "reason", "Not ready to move"))
                .post("/api/offers/" + declined + "/response").then().statusCode(200);
        api().header("If-Match", "\"1\"").body(Map.of("reason", "Tidy up"))
                .post("/api/offers/" + declined + "/withdrawal").then().statusCode(409);
        api().get("/api/offers/" + declined).then().header("ETag", "\"1\"").body("status", equalTo("declined"))
                .body("withdrawnAt", nullValue());
    }

    @Test
    void changesNeedTheCurrentETagAndAKnownOffer() {
        CaseContext c = openCaseSince("2025-06-01T09:00:00Z");
        String id = make(c, "2026-03-01T09:00:00Z");
        invalid().body(Map.of("response", "accepted")).post("/api/offers/" + id + "/response").then()
                .statusCode(428).body("errors[0].field", equalTo("If-Match"));
        invalid().body(Map.of("reason", "x")).post("/api/offers/" + id + "/withdrawal").then().statusCode(428);
        api().header("If-Match", "\"4\"").body(Map.of("response", "accepted"))
                .post("/api/offers/" + id + "/response").then().statusCode(412);
        api().header("If-Match", "\"4\"").body(Map.of("reason", "x"))
                .post("/api/offers/" + id + "/withdrawal").then().statusCode(412);
        api().get("/api/offers/" + id).then().body("status", equalTo("offered"));

        String unknown = UUID.randomUUID().toString();
        api().get("/api/offers/" + unknown).then().statusCode(404);
        api().header("If-Match", "\"0\"").body(Map.of("response", "accepted"))
                .post("/api/offers/" + unknown + "/response").then().statusCode(404);
        api().header("If-Match", "\"0\"").body(Map.of("reason", "x"))
                .post("/api/offers/" + unknown + "/withdrawal").then().statusCode(404);
    }

    @Test
    void listsAreNewestFirstFilteredAndFollowTheNextLinkToTheEnd() {
        CaseContext c = openCaseSince("2025-06-01T09:00:00Z");
        String first = make(c, "2026-03-01T09:00:00Z");
        String second = make(c, "2026-03-02T09:00:00Z");
        String tiedA = make(c, "2026-03-03T09:00:00Z");
        String tiedB = make(c, "2026-03-03T09:00:00Z");
        List<String> tied = new ArrayList<>(List.of(tiedA, tiedB));
        tied.sort(Comparator.reverseOrder());
        api().header("If-Match", "\"0\"").body(Map.of("response", "accepted"))
                .post("/api/offers/" + second + "/response").then().statusCode(200);
        CaseContext other = openCaseSince("2025-06-01T09:00:00Z");
        make(other, "2026-03-05T09:00:00Z");

        List<String> seen = new ArrayList<>();
        String next = "/api/offers?personId=" + c.personId() + "&limit=3";
        int pages = 0;
        while (next != null) {
            JsonPath page = api().get(next).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            next = page.getString("next");
            pages++;
        }
        assertEquals(2, pages);
        assertEquals(List.of(tied.get(0), tied.get(1), second, first), seen);

        api().queryParam("caseId", c.caseId()).queryParam("limit", 4).get("/api/offers").then()
                .body("items", hasSize(4)).body("next", nullValue());
        api().queryParam("teamId", c.teamId()).queryParam("status", "accepted").get("/api/offers").then()
                .body("items.id", contains(second));
        api().queryParam("teamId", c.teamId()).queryParam("status", "offered").get("/api/offers").then()
                .body("items.id", contains(tied.get(0), tied.get(1), first));
        api().queryParam("teamId", team()).get("/api/offers").then().statusCode(200).body("items", hasSize(0));
        invalid().queryParam("status", "pending").get("/api/offers").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        invalid().queryParam("caseId", "42").get("/api/offers").then().statusCode(400)
                .body("errors[0].field", equalTo("caseId"));
        invalid().queryParam("limit", 0).get("/api/offers").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    private static String make(CaseContext c, String offeredAt) {
        return api().body(body(c, Map.of("offeredAt", offeredAt))).post("/api/offers").then().statusCode(201)
                .extract().path("id");
    }

    private static Map<String, Object> body(CaseContext c, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>();
        body.put("caseId", c.caseId());
        body.put("offerType", "temporary-accommodation");
        body.put("description", "Room at the Ty Gwyn hostel");
        body.put("offeredAt", "2026-03-01T09:00:00Z");
        body.put("offeredByWorkerId", c.keyWorkerId());
        body.putAll(overrides);
        return body;
    }

    private static void expectInvalid(Map<String, Object> body, String field) {
        invalid().body(body).post("/api/offers").then().statusCode(400).body("errors[0].field", equalTo(field));
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
