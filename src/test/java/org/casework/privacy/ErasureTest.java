package org.casework.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.support.Api.api;
import static org.casework.support.Api.as;
import static org.casework.support.Api.invalid;
import static org.casework.support.Api.invalidAs;
import static org.casework.support.Fixtures.person;
import static org.casework.support.Fixtures.personBody;
import static org.casework.support.Fixtures.signedIn;
import static org.casework.support.Fixtures.team;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.casework.support.Stored;
import org.casework.support.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErasureTest {

    private static final List<String> TABLES = List.of("person", "person_strength", "person_identifier",
            "person_contact_method", "network_member", "support_case", "case_need", "case_goal", "handover",
            "interaction", "referral", "offer", "moment", "timeline_entry");

    private static final Map<String, String> REASON = Map.of("reason", "Erasure request ER-2026-014, approved by the DPO");

    @Inject
    DataSource dataSource;

    private static String erase(String personId) {
        return "/api/people/" + personId + "/erase";
    }

    /** An erasure retried with its Idempotency-Key is answered again, as every POST is (it was a 500). */
    @Test
    void anErasureSentAgainWithItsIdempotencyKeyIsAnsweredAgain() {
        String personId = person(team());
        String key = UUID.randomUUID().toString();
        String first = api().header("Idempotency-Key", key).body(REASON).post(erase(personId)).then()
                .statusCode(200).extract().asString();
        api().header("Idempotency-Key", key).body(REASON).post(erase(personId)).then().statusCode(200)
                .header("Idempotent-Replayed", "true").body(equalTo(first));
    }

    @Test
    void erasingRemovesNamesAndNotesEverywhere() throws SQLException {
        WholeRecord r = WholeRecord.create();
        assertThat(rowsContaining(r.marker())).as("the marker before erasure").isNotEmpty();
        String before = api().get("/api/people/" + r.personId()).then().extract().header("ETag");

        api().body(REASON).post(erase(r.personId())).then().statusCode(200)
                .body("personId", equalTo(r.personId())).body("erased", equalTo(true))
                .body("erasedAt", notNullValue())
                .body("changed.person", equalTo(1)).body("changed.contactMethods", equalTo(2))
                .body("changed.strengths", equalTo(2)).body("changed.externalIds", equalTo(1))
                .body("changed.networkMembers", equalTo(1)).body("changed.cases", equalTo(2))
                .body("changed.needs", equalTo(2)).body("changed.goals", equalTo(2))
                .body("changed.handovers", equalTo(1)).body("changed.interactions", equalTo(3))
                .body("changed.referrals", equalTo(1)).body("changed.offers", equalTo(2))
                .body("changed.moments", equalTo(1));

        assertThat(rowsContaining(r.marker())).as("rows holding the distinctive note text").isEmpty();
        assertThat(rowsContaining(r.fullName())).as("rows holding the full name").isEmpty();
        assertThat(rowsContaining(r.identifierValue())).as("rows holding the identifier").isEmpty();

        String after = api().get("/api/people/" + r.personId()).then().statusCode(200)
                .body("fullName", equalTo("Erased")).body("preferredName", equalTo("Erased"))
                .body("dateOfBirth", nullValue()).body("pronouns", nullValue())
                .body("contactPreferences.methods", hasSize(0)).body("contactPreferences.phone", nullValue())
                .body("contactPreferences.address", nullValue()).body("whatMattersToMe", nullValue())
                .body("strengths", hasSize(0)).body("safetyNotes", nullValue()).body("externalIds", hasSize(0))
                .body("registeredByTeamId", equalTo(r.teamA()))
                .extract().header("ETag");
        assertThat(after).as("a worker's edit read before the erasure must fail").isNotEqualTo(before);

        api().get("/api/people/" + r.personId() + "/export").then().statusCode(200)
                .body("erased", equalTo(true)).body("erasedAt", notNullValue())
                .body("network", hasSize(0))
                .body("cases.summary", everyItem(nullValue())).body("cases[1].closureNote", nullValue())
                .body("cases[1].closureReason", equalTo("housed"))
                .body("cases[0].needs[0].domain", equalTo("housing"))
                .body("cases[0].needs[0].description", equalTo("erased"))
                .body("cases[0].goals[0].inTheirWords", equalTo("erased"))
                .body("handovers[0].reason", equalTo("erased"))
                .body("interactions.summary", everyItem(nullValue()))
                .body("interactions.whatMattered", everyItem(nullValue()))
                .body("interactions.contactStatus", contains("made", "no-answer", "made"))
                .body("referrals[0].reason", equalTo("erased")).body("referrals[0].responseNote", nullValue())
                .body("referrals[0].toAgency", equalTo("Citizens Advice"))
                .body("referrals[0].status", equalTo("declined"))
                .body("offers.description", everyItem(equalTo("erased")))
                .body("offers.responseReason", contains("erased", null))
                .body("offers.withdrawalReason", contains(null, "erased"))
                .body("moments[0].whatHappened", equalTo("erased")).body("moments[0].type", equalTo("self-advocacy"))
                .body("moments[0].domains", contains("securing-rights"));
    }

    @Test
    void countsAndContinuityAreTheSameAfterErasure() throws SQLException {
        WholeRecord r = WholeRecord.create();
        Map<String, Long> counts = counts(r.personId());
        JsonPath continuity = api().get("/api/people/" + r.personId() + "/continuity").then().statusCode(200)
                .extract().jsonPath();

        api().body(REASON).post(erase(r.personId())).then().statusCode(200);

        assertThat(counts(r.personId())).isEqualTo(counts);
        assertThat(counts).containsEntry("support_case", 2L).containsEntry("interaction", 3L)
                .containsEntry("referral", 1L).containsEntry("offer", 2L).containsEntry("moment", 1L)
                .containsEntry("moment_domain", 1L);
        JsonPath now = api().get("/api/people/" + r.personId() + "/continuity").then().statusCode(200)
                .extract().jsonPath();
        for (String measure : List.of("contacts", "attemptsNotMade", "distinctWorkers", "handovers",
                "usualProviderIndex", "continuityOfCareIndex", "lastContactAt")) {
            Object after = now.get("allTime." + measure);
            Object before = continuity.get("allTime." + measure);
            assertThat(after).as(measure).isEqualTo(before);
        }
        assertThat(now.getList("keyWorkerIds")).isEqualTo(continuity.getList("keyWorkerIds"));
    }

    @Test
    void nobodyElsesRecordIsTouched() throws SQLException {
        WholeRecord erased = WholeRecord.create();
        WholeRecord bystander = WholeRecord.create();
        List<String> before = rowsContaining(bystander.marker());

        api().body(REASON).post(erase(erased.personId())).then().statusCode(200);

        assertThat(rowsContaining(bystander.marker())).containsExactlyInAnyOrderElementsOf(before);
        api().get("/api/people/" + bystander.personId() + "/export").then().statusCode(200)
                .body("erased", equalTo(false)).body("person.fullName", equalTo(bystander.fullName()))
                .body("network", hasSize(1));
    }

    @Test
    void theIdentifierCanBeGivenToSomeoneElseAfterwards() {
        WholeRecord r = WholeRecord.create();
        Map<String, Object> other = personBody(r.teamA());
        other.put("externalIds", List.of(Map.of("system", WholeRecord.IDENTIFIER_SYSTEM, "value",
                r.identifierValue())));
        api().body(other).post("/api/people").then().statusCode(409);

        api().body(REASON).post(erase(r.personId())).then().statusCode(200);

        String someoneElse = api().body(other).post("/api/people").then().statusCode(201).extract().path("id");
        api().get("/api/people?identifierSystem=" + WholeRecord.IDENTIFIER_SYSTEM + "&identifierValue="
                + r.identifierValue()).then().statusCode(200).body("items.id", contains(someoneElse));
    }

    @Test
    void nothingMoreIsRecordedAboutAnErasedPerson() {
        String team = team();
        String person = person(team);
        api().body(REASON).post(erase(person)).then().statusCode(200);
        api().header("If-Match", org.casework.support.Fixtures.etag("/api/people/" + person))
                .body(org.casework.support.Fixtures.personBody(team)).put("/api/people/" + person).then()
                .statusCode(409);
        api().body(Map.of("name", "Someone", "relationship", "friend")).post("/api/people/" + person + "/network")
                .then().statusCode(409);
        api().body(Map.of("personId", person, "teamId", team, "keyWorkerId", org.casework.support.Fixtures.worker(team)))
                .post("/api/cases").then().statusCode(409).body("errors[0].field", org.hamcrest.Matchers.equalTo("personId"));
    }

    @Test
    void aRecordIsErasedOnlyOnce() {
        String person = person(team());
        api().body(REASON).post(erase(person)).then().statusCode(200);
        api().body(Map.of("reason", "Again")).post(erase(person)).then().statusCode(409);
    }

    @Test
    void theReasonIsRequiredAndBounded() {
        String person = person(team());
        invalid().body(Map.of()).post(erase(person)).then().statusCode(400)
                .body("errors.field", contains("reason"));
        api().body(Map.of("reason", "  ")).post(erase(person)).then().statusCode(400)
                .body("errors.field", contains("reason"));
        invalid().body(Map.of("reason", "x".repeat(2001))).post(erase(person)).then().statusCode(400)
                .body("errors.field", contains("reason"));
        api().get("/api/people/" + person).then().statusCode(200).body("dateOfBirth", equalTo("1988-03-14"));
    }

    @Test
    void aReasonGivenTwiceIsABadRequestAndErasesNobody() {
        String person = person(team());
        Map<String, String> before = Stored.snapshot(dataSource);
        invalid().body("{\"reason\":\"x\",\"reason\":\"x\"}").post(erase(person)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("reason")).body("errors[0].message", equalTo("is given more than once"));
        assertThat(Stored.snapshot(dataSource)).isEqualTo(before);
        api().get("/api/people/" + person).then().statusCode(200).body("dateOfBirth", equalTo("1988-03-14"));
    }

    @Test
    void aReasonThatIsNotTextIsABadRequestAndErasesNobody() {
        String person = person(team());
        for (Object reason : List.of(123, true, 1.5, List.of("x"), Map.of("text", "x"))) {
            invalid().body(Map.of("reason", reason)).post(erase(person)).then().statusCode(400)
                    .body("errors[0].field", equalTo("reason"));
        }
        api().get("/api/people/" + person).then().statusCode(200).body("fullName", org.hamcrest.Matchers.not("Erased"))
                .body("dateOfBirth", equalTo("1988-03-14"));
    }

    @Test
    void onlyAdminsEraseAndNeedNoPurposeHeader() {
        String team = team();
        String person = person(team);
        as(signedIn("team-lead", team)).body(REASON).post(erase(person)).then().statusCode(403);
        as(signedIn("worker", team)).body(REASON).post(erase(person)).then().statusCode(403);
        api().get("/api/people/" + person).then().body("dateOfBirth", equalTo("1988-03-14"));

        // an admin, without X-Purpose
        String admin = org.casework.support.Fixtures.admin();
        as(admin).body(REASON).post(erase(person)).then().statusCode(200).body("erased", equalTo(true));
        api().get("/api/people/" + person).then().body("fullName", equalTo("Erased"));
    }

    @Test
    void anUnknownPersonIsNotFound() {
        api().body(REASON).post(erase(UUID.randomUUID().toString())).then().statusCode(404);
        invalidAs(null).body(REASON).post(erase(UUID.randomUUID().toString())).then().statusCode(401);
    }

    /** Table and row text of every row, in the tables that hold a person's record, containing the text. */
    private List<String> rowsContaining(String text) throws SQLException {
        StringBuilder union = new StringBuilder();
        for (String table : TABLES) {
            if (union.length() > 0) {
                union.append(" union all ");
            }
            union.append("select '").append(table).append(": ' || t::text from ").append(table)
                    .append(" t where strpos(lower(t::text), lower(?)) > 0");
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(union.toString())) {
            for (int i = 1; i <= TABLES.size(); i++) {
                statement.setString(i, text);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        }
    }

    private Map<String, Long> counts(String personId) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String sql : List.of(
                "select 'support_case', count(*) from support_case where person_id = ?::uuid",
                "select 'interaction', count(*) from interaction where person_id = ?::uuid",
                "select 'interaction_issue', count(*) from interaction_issue i join interaction n"
                        + " on n.id = i.interaction_id where n.person_id = ?::uuid",
                "select 'handover', count(*) from handover h join support_case c on c.id = h.case_id"
                        + " where c.person_id = ?::uuid",
                "select 'referral', count(*) from referral where person_id = ?::uuid",
                "select 'offer', count(*) from offer where person_id = ?::uuid",
                "select 'moment', count(*) from moment where person_id = ?::uuid",
                "select 'moment_domain', count(*) from moment_domain d join moment m on m.id = d.moment_id"
                        + " where m.person_id = ?::uuid")) {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, personId);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    counts.put(result.getString(1), result.getLong(2));
                }
            }
        }
        return counts;
    }
}
