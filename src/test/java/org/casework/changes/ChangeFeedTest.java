package org.casework.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.support.Api.api;
import static org.casework.support.Api.as;
import static org.casework.support.Api.invalidAs;
import static org.casework.support.Fixtures.closeCase;
import static org.casework.support.Fixtures.etag;
import static org.casework.support.Fixtures.interactionBody;
import static org.casework.support.Fixtures.openCase;
import static org.casework.support.Fixtures.person;
import static org.casework.support.Fixtures.personBody;
import static org.casework.support.Fixtures.signedIn;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Fixtures.worker;
import static org.casework.support.Identifiers.nhsNumber;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.casework.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The change feed: every change to a person's record and what hangs off it, in the caller's scope, in the order
 * the transactions that made them ran, never skipping one that commits late nor repeating one.
 */
@QuarkusTest
class ChangeFeedTest {

    private static final String EARLIER = TestClock.now().minusHours(3).toString();

    @Inject
    DataSource dataSource;

    /** One change as the test compares it. */
    private record Seen(String recordType, String recordId, String change) {
    }

    /** Everything the caller can read from a position on, following {@code next} until caught up. */
    private static Read readAll(String token, String from) {
        List<Map<String, Object>> items = new ArrayList<>();
        String next = from;
        for (int pages = 0; pages < 1000; pages++) {
            JsonPath page = as(token).get(next).then().statusCode(200).extract().jsonPath();
            items.addAll(page.getList("items"));
            next = page.getString("next");
            if (page.getBoolean("caughtUp")) {
                return new Read(items, next);
            }
        }
        throw new AssertionError("the feed never caught up");
    }

    private record Read(List<Map<String, Object>> items, String next) {

        List<Seen> seen() {
            return items.stream().map(i -> new Seen((String) i.get("recordType"), (String) i.get("recordId"),
                    (String) i.get("change"))).toList();
        }
    }

    @Test
    void everyChangeOfAPersonsRecordAppearsInOrderWithItsIdsAndNoData() {
        String team = team();
        String token = signedIn("integration", team);
        String keyWorker = worker(team);
        String personId = person(team);
        String caseId = openCase(personId, team, keyWorker, TestClock.now().minusDays(2).toString());
        Map<String, Object> contact = interactionBody(keyWorker, EARLIER, "made");
        String contactId = api().body(contact).post("/api/cases/" + caseId + "/interactions").then()
                .statusCode(201).extract().path("id");
        contact.put("summary", "Corrected: met at the library");
        api().header("If-Match", etag("/api/cases/" + caseId + "/interactions/" + contactId)).body(contact)
                .put("/api/cases/" + caseId + "/interactions/" + contactId).then().statusCode(200);
        String nextWorker = worker(team);
        api().header("If-Match", etag("/api/cases/" + caseId)).body(Map.of("toWorkerId", nextWorker, "reason",
                "Leave")).post("/api/cases/" + caseId + "/handovers").then().statusCode(201);
        String memberId = api().body(Map.of("name", "Bethan Evans", "relationship", "sibling"))
                .post("/api/people/" + personId + "/network").then().statusCode(201).extract().path("id");
        closeCase(caseId, "housed", TestClock.now().minusMinutes(5).toString());

        Read read = readAll(token, "/api/changes");
        assertThat(read.seen()).containsExactly(
                new Seen("person", personId, "created"),
                new Seen("case", caseId, "created"),
                new Seen("interaction", contactId, "created"),
                new Seen("interaction", contactId, "updated"),
                new Seen("case", caseId, "handed-over"),
                new Seen("network-member", memberId, "created"),
                new Seen("case", caseId, "closed"));
        Map<String, Object> correction = read.items().get(3);
        assertThat(correction).containsEntry("personId", personId).containsEntry("caseId", caseId)
                .containsEntry("teamId", team).containsEntry("version", 1);
        assertThat(correction.keySet()).as("ids and codes, never the data").containsExactlyInAnyOrder(
                "recordType", "recordId", "change", "personId", "caseId", "teamId", "version", "changedAt");
        assertThat(read.items().get(5)).as("a person's network is the person's, not a team's")
                .containsEntry("teamId", null).containsEntry("caseId", null);
        assertThat(read.items().get(6)).containsEntry("version", 2);

        // read again from where it stopped: nothing new, and a position to come back to (at or past this one: past
        // the other teams' changes committed meanwhile)
        String again = as(token).get(read.next()).then().statusCode(200).body("items", hasSize(0))
                .body("caughtUp", equalTo(true)).extract().path("next");
        assertThat(again).startsWith("/api/changes?after=c1.");

        // an erasure: the person and everything of theirs it stripped or deleted, as erasures
        api().body(Map.of("reason", "Erasure request ER-2026-099")).post("/api/people/" + personId + "/erase")
                .then().statusCode(200);
        assertThat(readAll(token, again).seen()).containsExactlyInAnyOrder(
                new Seen("person", personId, "erased"),
                new Seen("network-member", memberId, "erased"),
                new Seen("case", caseId, "erased"),
                new Seen("interaction", contactId, "erased"));
    }

    @Test
    void aCallerSeesTheirTeamsChangesTheReferralsSentToThemAndTheLinksThatLetThemIn() {
        String team = team();
        String other = team();
        String ours = signedIn("worker", team);
        String theirs = signedIn("worker", other);
        String nhs = nhsNumber();
        Map<String, Object> registration = personBody(team);
        registration.put("externalIds", List.of(Map.of("system", "nhs-number", "value", nhs)));
        String personId = api().body(registration).post("/api/people").then().statusCode(201).extract().path("id");
        String keyWorker = worker(team);
        String caseId = openCase(personId, team, keyWorker, null);

        assertThat(readAll(theirs, "/api/changes").items()).as("another team's person").isEmpty();
        assertThat(readAll(ours, "/api/changes").seen()).extracting(Seen::recordType)
                .containsExactly("person", "case");
        // a referral to the other team: they see the referral, and the person it is about
        String referral = api().body(Map.of("caseId", caseId, "toTeamId", other, "reason",
                "Needs a tenancy support worker", "sentByWorkerId", keyWorker)).post("/api/referrals").then()
                .statusCode(201).extract().path("id");
        Read referred = readAll(theirs, "/api/changes");
        assertThat(referred.seen()).as("the person they were sent a referral about, and the referral, not the case")
                .containsExactly(new Seen("person", personId, "created"), new Seen("referral", referral, "created"));

        // a third team registers someone by the identifier the person already holds: linked to them from then on
        String third = team();
        String thirds = signedIn("worker", third);
        Map<String, Object> again = personBody(third);
        again.put("externalIds", List.of(Map.of("system", "nhs-number", "value", nhs)));
        as(thirds).body(again).post("/api/people").then().statusCode(201).body("id", equalTo(personId));
        Read linked = readAll(thirds, "/api/changes");
        assertThat(linked.seen()).contains(new Seen("person", personId, "linked"));
        assertThat(linked.items()).filteredOn(i -> "linked".equals(i.get("change")))
                .allSatisfy(i -> assertThat(i).containsEntry("teamId", third));
        assertThat(readAll(ours, "/api/changes").seen()).as("not the third team's link")
                .doesNotContain(new Seen("person", personId, "linked"));
    }

    @Test
    void pagesFollowOneAnotherWithoutGapOrRepeat() {
        String team = team();
        String token = signedIn("team-lead", team);
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            people.add(person(team));
        }
        List<String> seen = new ArrayList<>();
        String next = "/api/changes?limit=2";
        JsonPath page;
        do {
            page = as(token).get(next).then().statusCode(200).extract().jsonPath();
            assertThat(page.getList("items")).hasSizeLessThanOrEqualTo(2);
            seen.addAll(page.getList("items.recordId"));
            next = page.getString("next");
            assertThat(next).contains("limit=2");
        } while (!page.getBoolean("caughtUp"));
        assertThat(seen).containsExactlyElementsOf(people);
    }

    /**
     * A change that commits after a later one never falls behind a reader's position: the feed stops at the oldest
     * transaction still running. Read in the order rows were written (or in commit order with nothing held back),
     * the reader would pass the later change and never see the earlier one.
     */
    @Test
    void aChangeCommittingLateIsNotSkipped() throws SQLException {
        String team = team();
        String token = signedIn("worker", team);
        String early = person(team);
        String start = readAll(token, "/api/changes").next();

        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            try (PreparedStatement update = slow.prepareStatement(
                    "update person set version = version + 1 where id = ?::uuid")) {
                update.setString(1, early);
                update.executeUpdate();
            }
            // a change that begins after the slow one and commits first
            String late = person(team);
            assertThat(readAll(token, start).items()).as("held back while an older transaction runs").isEmpty();
            slow.commit();

            assertThat(readAll(token, start).seen()).containsExactly(new Seen("person", early, "updated"),
                    new Seen("person", late, "created"));
        }
    }

    /** A reader of a quiet team is not sent through other teams' changes again and again. */
    @Test
    void aCaughtUpReadMovesPastOtherTeamsChanges() {
        String quiet = team();
        String token = signedIn("worker", quiet);
        String before = readAll(token, "/api/changes").next();
        String busy = team();
        for (int i = 0; i < 3; i++) {
            person(busy);
        }
        Read after = readAll(token, before);
        assertThat(after.items()).isEmpty();
        FeedPosition from = FeedPosition.decode("after", queryValue(before));
        FeedPosition to = FeedPosition.decode("after", queryValue(after.next()));
        assertThat(to).as("moved past the busy team's changes").isGreaterThan(from);
        // and what the quiet team does next is still there
        String mine = person(quiet);
        assertThat(readAll(token, after.next()).seen()).containsExactly(new Seen("person", mine, "created"));
    }

    private static String queryValue(String next) {
        return next.substring(next.indexOf("after=") + "after=".length()).split("&")[0];
    }

    @Test
    void aPositionTheFeedDidNotGiveOutIsRefusedNamingIt() {
        String token = signedIn("worker", team());
        for (String after : List.of("nonsense", "c1.AAAA", "c1.!!!!", "c1." + "A".repeat(22) + "A",
                "c1." + "_".repeat(22))) {
            invalidAs(token).queryParam("after", after).get("/api/changes").then().statusCode(400)
                    .body("errors[0].field", equalTo("after")).body("errors[0].in", equalTo("query"));
        }
        invalidAs(token).queryParam("limit", 0).get("/api/changes").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        String admin = signedIn("admin");
        as(admin).get("/api/changes").then().statusCode(403);
    }

    @Test
    void readingTheFeedIsAuditedAsAReadOfEachChange() {
        String team = team();
        String username = "w." + UUID.randomUUID().toString().substring(0, 12);
        String token = org.casework.support.Fixtures.signedInAs(username, "integration", team);
        String personId = person(team);
        as(token).get("/api/changes").then().statusCode(200).body("items", hasSize(1));
        api().queryParam("username", username).queryParam("personId", personId).get("/api/audit").then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].action", equalTo("read"))
                .body("items[0].resourceType", equalTo("change")).body("items[0].resourceId", equalTo(personId));
    }
}
