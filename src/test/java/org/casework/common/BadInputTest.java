package org.casework.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.support.Api.invalidAs;
import static org.casework.support.Api.api;
import static org.casework.support.Api.invalid;
import static org.casework.support.Fixtures.etag;
import static org.casework.support.Fixtures.interactionBody;
import static org.casework.support.Fixtures.openCase;
import static org.casework.support.Fixtures.person;
import static org.casework.support.Fixtures.personBody;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Fixtures.worker;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.casework.support.Fixtures.CaseContext;
import org.casework.support.Stored;
import org.junit.jupiter.api.Test;

/**
 * Bad input never reaches a 500: each kind that security testing found answering 500 or being silently accepted
 * is a 400 problem naming the field or parameter, and stores nothing.
 */
@QuarkusTest
class BadInputTest {

    private static final String NUL = "\u0000";

    @Inject
    DataSource dataSource;

    @Test
    void aNulCharacterInAnyTextOfABodyIsRefusedByNameAndStoresNothing() {
        String team = team();
        CaseContext c = caseIn(team);

        Map<String, Object> person = personBody(team);
        person.put("preferredName", "Jo" + NUL);
        refused(() -> invalid().body(person).post("/api/people"), "body", "preferredName",
                "must not contain the NUL character (U+0000)");

        Map<String, Object> strengths = personBody(team);
        strengths.put("strengths", List.of("Resourceful", NUL + "Kind"));
        refused(() -> invalid().body(strengths).post("/api/people"), "body", "strengths[1]", null);

        Map<String, Object> contact = personBody(team);
        contact.put("contactPreferences", Map.of("address", "1 High St" + NUL));
        refused(() -> invalid().body(contact).post("/api/people"), "body", "contactPreferences.address", null);

        Map<String, Object> identifier = personBody(team);
        identifier.put("externalIds", List.of(Map.of("system", "council-housing", "value", "HR" + NUL + "1")));
        refused(() -> invalid().body(identifier).post("/api/people"), "body", "externalIds[0].value", null);

        Map<String, Object> replaced = personBody(team);
        replaced.put("whatMattersToMe", "My dog" + NUL);
        refused(() -> invalid().header("If-Match", etag("/api/people/" + c.personId())).body(replaced)
                .put("/api/people/" + c.personId()), "body", "whatMattersToMe", null);

        Map<String, Object> interaction = interactionBody(c.keyWorkerId(), "2026-01-05T10:00:00Z", "made");
        interaction.put("summary", "Talked" + NUL + "about rent");
        refused(() -> invalid().body(interaction).post("/api/cases/" + c.caseId() + "/interactions"), "body",
                "summary", null);

        refused(() -> invalid().body(Map.of("name", "Team" + NUL)).post("/api/teams"), "body", "name", null);
        refused(() -> invalid().body(Map.of("name", "Bev", "relationship", "friend" + NUL))
                .post("/api/people/" + c.personId() + "/network"), "body", "relationship", null);
        refused(() -> invalid().body(Map.of("reason", "ER-1" + NUL)).post("/api/people/" + c.personId() + "/erase"),
                "body", "reason", null);
    }

    @Test
    void aNulCharacterInAQueryOrPathParameterIsRefusedByName() {
        refused(() -> invalid().queryParam("name", "jo" + NUL).get("/api/people"), "query", "name",
                "must not contain the NUL character (U+0000)");
        refused(() -> invalid().get("/api/instruments/{code}", "swem" + NUL + "wbs"), "path", "code", null);
        refused(() -> invalid().get("/api/reference/{vocabulary}", NUL), "path", "vocabulary", null);
    }

    @Test
    void aKeyGivenTwiceIsRefusedByNameAnywhereInTheBody() {
        String team = team();
        String top = "{\"registeredByTeamId\":\"" + team + "\",\"preferredName\":\"Jo\",\"preferredName\":\"Al\","
                + "\"fullName\":\"Jo Evans\"}";
        refused(() -> invalid().body(top).post("/api/people"), "body", "preferredName", "is given more than once");

        String nested = "{\"registeredByTeamId\":\"" + team + "\",\"preferredName\":\"Jo\",\"fullName\":\"Jo Evans\","
                + "\"contactPreferences\":{\"phone\":\"01\",\"phone\":\"02\"}}";
        refused(() -> invalid().body(nested).post("/api/people"), "body", "contactPreferences.phone",
                "is given more than once");

        String inAList = "{\"registeredByTeamId\":\"" + team + "\",\"preferredName\":\"Jo\",\"fullName\":\"Jo Evans\","
                + "\"externalIds\":[{\"system\":\"a\",\"value\":\"1\"},{\"system\":\"b\",\"system\":\"c\",\"value\":\"2\"}]}";
        refused(() -> invalid().body(inAList).post("/api/people"), "body", "externalIds[1].system",
                "is given more than once");

        String allFields = "{\"name\":\"Team A\",\"description\":\"x\",\"repeatWindowDays\":28,\"name\":\"Team B\"}";
        refused(() -> invalid().body(allFields).post("/api/teams"), "body", "name", "is given more than once");
    }

    @Test
    void aBodyThatIsNotUtf8IsMalformedEvenWhereJacksonWouldReadIt() {
        CaseContext c = caseIn(team());
        Map<String, Object> valid = interactionBody(c.keyWorkerId(), "2026-01-05T10:00:00Z", "made");
        valid.put("summary", "A name Jackson has now seen");
        api().body(valid).post("/api/cases/" + c.caseId() + "/interactions").then().statusCode(201);

        // "summ", then 0xFF and "ary": the 0xFF byte Jackson pads the last three bytes of "summary" with
        String json = "{\"occurredAt\":\"2026-01-05T11:00:00Z\",\"contactStatus\":\"made\",\"channel\":\"phone\","
                + "\"initiator\":\"worker\",\"leadWorkerId\":\"" + c.keyWorkerId() + "\",\"summ#ary\":\"x\"}";
        byte[] body = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        body[json.indexOf('#')] = (byte) 0xFF;
        refused(() -> invalid().body(body).post("/api/cases/" + c.caseId() + "/interactions"), "body", "$",
                "is not valid JSON");

        // and bytes that are not UTF-8 in a value, which a reader of characters would turn into U+FFFD
        byte[] team = "{\"name\":\"Team #(\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        team[team.length - 4] = (byte) 0xC3;
        refused(() -> invalid().body(team).post("/api/teams"), "body", "$", "is not valid JSON");
    }

    @Test
    void valuesOfTheWrongJsonTypeAreRefusedNotConverted() {
        String team = team();
        CaseContext c = caseIn(team);

        Map<String, Object> numberForText = personBody(team);
        numberForText.put("preferredName", 5);
        refused(() -> invalid().body(numberForText).post("/api/people"), "body", "preferredName", "must be a string");

        Map<String, Object> booleanForText = personBody(team);
        booleanForText.put("fullName", true);
        refused(() -> invalid().body(booleanForText).post("/api/people"), "body", "fullName", "must be a string");

        Map<String, Object> textForBoolean = personBody(team);
        textForBoolean.put("consentToShareAcrossTeams", "true");
        refused(() -> invalid().body(textForBoolean).post("/api/people"), "body", "consentToShareAcrossTeams",
                "must be true or false");

        Map<String, Object> numberForDate = personBody(team);
        numberForDate.put("dateOfBirth", 5);
        refused(() -> invalid().body(numberForDate).post("/api/people"), "body", "dateOfBirth",
                "must be a date (YYYY-MM-DD)");

        Map<String, Object> emptyForId = personBody(team);
        emptyForId.put("registeredByTeamId", "");
        refused(() -> invalid().body(emptyForId).post("/api/people"), "body", "registeredByTeamId", "must be a UUID");

        Map<String, Object> fraction = interactionBody(c.keyWorkerId(), "2026-01-05T10:00:00Z", "made");
        fraction.put("durationMinutes", 2.5);
        refused(() -> invalid().body(fraction).post("/api/cases/" + c.caseId() + "/interactions"), "body",
                "durationMinutes", "must be a whole number");

        Map<String, Object> textForNumber = interactionBody(c.keyWorkerId(), "2026-01-05T10:00:00Z", "made");
        textForNumber.put("durationMinutes", "30");
        refused(() -> invalid().body(textForNumber).post("/api/cases/" + c.caseId() + "/interactions"), "body",
                "durationMinutes", "must be a whole number");

        Map<String, Object> indexForCode = interactionBody(c.keyWorkerId(), "2026-01-05T10:00:00Z", "made");
        indexForCode.put("contactStatus", 0);
        refused(() -> invalid().body(indexForCode).post("/api/cases/" + c.caseId() + "/interactions"), "body",
                "contactStatus", null);

        Map<String, Object> epochForTimestamp = interactionBody(c.keyWorkerId(), "2026-01-05T10:00:00Z", "made");
        epochForTimestamp.put("occurredAt", 1767607200);
        refused(() -> invalid().body(epochForTimestamp).post("/api/cases/" + c.caseId() + "/interactions"), "body",
                "occurredAt", null);

        Map<String, Object> target = new HashMap<>(Map.of("metric", "offers-accepted", "comparator", "at-least",
                "threshold", "50", "period", "month"));
        refused(() -> invalid().body(target).post("/api/teams/" + team + "/targets"), "body", "threshold",
                "must be a number");

        refused(() -> invalid().body("[]").post("/api/teams"), "body", "$", "must be an object");
        refused(() -> invalid().body("{\"name\":\"Team\"} {\"name\":\"Other\"}").post("/api/teams"), "body", "$",
                "has more after the JSON value");
    }

    @Test
    void datesBefore1900OrAfter2199AreRefusedInBodies() {
        String team = team();
        CaseContext c = caseIn(team);

        for (String date : List.of("-999999999-01-01", "+999999999-12-31", "0001-01-01", "1899-12-31")) {
            Map<String, Object> person = personBody(team);
            person.put("dateOfBirth", date);
            refused(() -> invalid().body(person).post("/api/people"), "body", "dateOfBirth",
                    "must be a date from 1900-01-01 to 2199-12-31");
        }
        Map<String, Object> oldest = personBody(team);
        oldest.put("dateOfBirth", "1900-01-01");
        api().body(oldest).post("/api/people").then().statusCode(201);

        Map<String, Object> followUp = interactionBody(c.keyWorkerId(), "2026-01-05T10:00:00Z", "made");
        followUp.put("followUpOn", "+999999999-12-31");
        refused(() -> invalid().body(followUp).post("/api/cases/" + c.caseId() + "/interactions"), "body",
                "followUpOn", null);
        followUp.put("followUpOn", "2200-01-01");
        refused(() -> invalid().body(followUp).post("/api/cases/" + c.caseId() + "/interactions"), "body",
                "followUpOn", null);

        for (String at : List.of("+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00+18:00",
                "1899-12-31T23:59:59Z")) {
            Map<String, Object> occurred = interactionBody(c.keyWorkerId(), at, "made");
            refused(() -> invalid().body(occurred).post("/api/cases/" + c.caseId() + "/interactions"), "body",
                    "occurredAt", "must be a timestamp from 1900-01-01T00:00:00Z to 2199-12-31T23:59:59Z");
        }

        Map<String, Object> offer = new HashMap<>(Map.of("caseId", c.caseId(), "offerType", "social-tenancy",
                "description", "A flat", "offeredByWorkerId", c.keyWorkerId(), "respondBy", "-999999999-01-01"));
        refused(() -> invalid().body(offer).post("/api/offers"), "body", "respondBy", null);
    }

    @Test
    void datesOutsideTheRangeAreRefusedInQueryParameters() {
        String team = team();
        CaseContext c = caseIn(team);
        String farFuture = "+999999999-12-31T00:00:00Z";
        refused(() -> invalid().queryParam("to", farFuture).get("/api/cases/" + c.caseId() + "/interactions"),
                "query", "to", "must be a timestamp from 1900-01-01T00:00:00Z to 2199-12-31T23:59:59Z");
        refused(() -> invalid().queryParam("to", farFuture).get("/api/people/" + c.personId() + "/timeline"),
                "query", "to", null);
        refused(() -> invalid().queryParam("dateOfBirth", "-999999999-01-01").get("/api/people"), "query",
                "dateOfBirth", "must be a date from 1900-01-01 to 2199-12-31");
        refused(() -> invalid().queryParam("from", "1899-12-31").queryParam("to", "2026-01-01")
                .get("/api/teams/" + team + "/soft-outcomes"), "query", "from", null);
        api().queryParam("dateOfBirth", "2199-12-31").get("/api/people").then().statusCode(200);
    }

    @Test
    void unknownQueryParametersAreRefusedByNameNotIgnored() {
        String team = team();
        refused(() -> invalid().queryParam("updatedSince", "2026-01-01T00:00:00Z").get("/api/cases"), "query",
                "updatedSince",
                "is not a parameter of this operation, which takes cursor, keyWorkerId, limit, personId, status, teamId");
        refused(() -> invalid().queryParam("name", "tester").get("/api/workers"), "query", "name", null);
        refused(() -> invalid().queryParam("expand", "workers").get("/api/teams/" + team), "query", "expand",
                "is not a parameter: this operation takes none");
        refused(() -> invalid().queryParam("dryRun", "true").body(Map.of("name", "Dry run team"))
                .post("/api/teams"), "query", "dryRun", null);

        // signing in still comes first: nothing about the request is revealed without a token
        invalidAs(null).queryParam("name", "tester").get("/api/workers").then().statusCode(401);
    }

    @Test
    void aFormPostedToTheApiIsRefusedAsAProblem() {
        Map<String, String> before = Stored.snapshot(dataSource);

        // not through the contract's validator, which refuses to send what the contract does not allow
        Response answer = io.restassured.RestAssured.given().auth().oauth2(org.casework.support.Api.testerToken())
                .contentType("application/x-www-form-urlencoded").formParam("name", "A form").post("/api/teams");

        // the API's operations take JSON: refused before the CSRF filter, which guards the web client's forms
        assertThat(answer.statusCode()).isEqualTo(415);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.<String>path("detail")).contains("application/json");
        assertThat(Stored.snapshot(dataSource)).isEqualTo(before);
    }

    /**
     * Sends the request and checks the refusal: a 400 problem naming the field, and not one row more or less in
     * any casework table.
     */
    private void refused(Supplier<Response> request, String in, String field, String message) {
        Map<String, String> before = Stored.snapshot(dataSource);
        Response response = request.get();
        response.then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.find { it.field == '" + field.replace("'", "\\'") + "' }.in", equalTo(in))
                .body("detail", not(containsString(NUL)));
        if (message != null) {
            response.then().body("errors.find { it.field == '" + field + "' }.message", equalTo(message));
        }
        assertThat(Stored.snapshot(dataSource)).as("rows in each casework table after a refused request")
                .isEqualTo(before);
    }

    /** An open case in the team, with its person and key worker. */
    private static CaseContext caseIn(String team) {
        String worker = worker(team);
        String person = person(team);
        return new CaseContext(team, person, worker, openCase(person, team, worker, "2025-06-01T09:00:00Z"));
    }
}
