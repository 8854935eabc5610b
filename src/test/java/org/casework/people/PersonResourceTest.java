package org.casework.people;

import static org.casework.support.Api.api;
import static org.casework.support.Api.invalid;
import static org.casework.support.Fixtures.etag;
import static org.casework.support.Fixtures.person;
import static org.casework.support.Fixtures.personBody;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Identifiers.housingRef;
import static org.casework.support.Identifiers.nhsNumber;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;

@QuarkusTest
class PersonResourceTest {

    @Test
    void recordingAWholePersonKeepsTheirOwnWordsAndAnswersWithAnETag() {
        String team = team();
        Map<String, Object> body = personBody(team);
        body.put("pronouns", "she/her");
        body.put("preferredLanguage", "cy");
        body.put("whatMattersToMe", "Keeping my dog and getting back to my allotment.");
        body.put("strengths", List.of("Resourceful", "Close to her sister"));
        body.put("safetyNotes", "Prefers not to be visited before noon.");
        body.put("contactPreferences", Map.of("methods", List.of("text", "phone"), "phone", "07700 900123"));
        body.put("externalIds", List.of(Map.of("system", "council-housing-ref", "value", housingRef())));

        var response = api().body(body).post("/api/people").then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("preferredLanguage", equalTo("cy"))
                .body("contactPreferences.methods", contains("text", "phone"))
                .extract();
        JsonPath created = response.jsonPath();
        org.assertj.core.api.Assertions.assertThat(response.header("Location"))
                .endsWith("/api/people/" + created.getString("id"));

        api().get("/api/people/" + created.getString("id")).then().statusCode(200)
                .body("whatMattersToMe", equalTo("Keeping my dog and getting back to my allotment."))
                .body("strengths", contains("Resourceful", "Close to her sister"))
                .body("safetyNotes", equalTo("Prefers not to be visited before noon."))
                .body("externalIds[0].system", equalTo("council-housing-ref"))
                .body("registeredByTeamId", equalTo(team))
                .body("version", equalTo(0));
    }

    @Test
    void missingAndMalformedFieldsAreAllNamed() {
        invalid().body(Map.of("registeredByTeamId", team(), "preferredName", " ", "dateOfBirth", "2199-01-01",
                        "preferredLanguage", "fr", "externalIds", List.of(Map.of("system", "NHS No", "value", "1"))))
                .post("/api/people").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder(
                        "dateOfBirth", "externalIds[0].system", "fullName", "preferredLanguage", "preferredName"));
    }

    @Test
    void unknownTeamWrongTypesAndUnknownFieldsAreRefusedByName() {
        Map<String, Object> body = personBody(UUID.randomUUID().toString());
        invalid().body(body).post("/api/people").then().statusCode(400)
                .body("errors[0].field", equalTo("registeredByTeamId"));

        body = personBody(team());
        body.put("dateOfBirth", "14/03/1988");
        invalid().body(body).post("/api/people").then().statusCode(400)
                .body("errors[0].field", equalTo("dateOfBirth"))
                .body("errors[0].message", equalTo("must be a date (YYYY-MM-DD)"));

        body = personBody(team());
        body.put("id", UUID.randomUUID().toString());
        invalid().body(body).post("/api/people").then().statusCode(400)
                .body("errors[0].field", equalTo("id"));

        invalid().body("{\"preferredName\": ").post("/api/people").then().statusCode(400)
                .body("type", equalTo("urn:casework:problem:malformed-json"));
    }

    @Test
    void anIdentifierBelongsToOnePersonWithinItsSystem() {
        String team = team();
        String reference = housingRef();
        Map<String, Object> first = personBody(team);
        first.put("externalIds", List.of(Map.of("system", "council-housing-ref", "value", reference)));
        String holder = api().body(first).post("/api/people").then().statusCode(201).extract().path("id");

        // a duplicate the team can see: named, with the person who holds it
        Map<String, Object> second = personBody(team);
        second.put("externalIds", List.of(Map.of("system", "nhs-number", "value", nhsNumber()),
                Map.of("system", "council-housing-ref", "value", reference)));
        api().body(second).post("/api/people").then().statusCode(409)
                .body("errors.field", contains("externalIds[1].value"))
                .body("errors[0].message", containsString(holder));

        second.put("externalIds", List.of(Map.of("system", "nhs-number", "value", nhsNumber()),
                Map.of("system", "NHS-Number", "value", nhsNumber())));
        api().body(second).post("/api/people").then().statusCode(400)
                .body("errors.field", contains("externalIds[1].system"));
    }

    @Test
    void replacingRequiresTheCurrentETag() {
        String team = team();
        String id = person(team);
        Map<String, Object> body = personBody(team);
        body.put("preferredName", "Joanna");

        invalid().body(body).put("/api/people/" + id).then().statusCode(428)
                .body("errors[0].field", equalTo("If-Match"));
        api().header("If-Match", "\"7\"").body(body).put("/api/people/" + id).then().statusCode(412);
        api().get("/api/people/" + id).then().body("preferredName", equalTo("Jo"));

        String etag = etag("/api/people/" + id);
        api().header("If-Match", etag).body(body).put("/api/people/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("preferredName", equalTo("Joanna"));
        // the same ETag again is now stale: the second worker does not silently overwrite the first
        api().header("If-Match", etag).body(body).put("/api/people/" + id).then().statusCode(412);

        body.put("registeredByTeamId", team());
        api().header("If-Match", "\"1\"").body(body).put("/api/people/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("registeredByTeamId"));
    }

    @Test
    void reorderingIdentifiersOnUpdateKeepsThem() {
        String team = team();
        Map<String, Object> body = personBody(team);
        String a = nhsNumber();
        String b = housingRef();
        body.put("externalIds", List.of(Map.of("system", "nhs-number", "value", a),
                Map.of("system", "council-housing-ref", "value", b)));
        String id = api().body(body).post("/api/people").then().statusCode(201).extract().path("id");
        body.put("externalIds", List.of(Map.of("system", "council-housing-ref", "value", b),
                Map.of("system", "nhs-number", "value", a)));
        api().header("If-Match", "\"0\"").body(body).put("/api/people/" + id).then().statusCode(200)
                .body("externalIds.system", contains("council-housing-ref", "nhs-number"));
    }

    @Test
    void unknownPeopleAre404() {
        api().get("/api/people/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void searchFindsByNameDateOfBirthAndIdentifierAndPagesWithoutGapsOrRepeats() {
        String team = team();
        String surname = "Zephyrine" + UUID.randomUUID().toString().substring(0, 6);
        List<String> nhsNumbers = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Map<String, Object> body = personBody(team);
            body.put("fullName", "Alys " + surname + " " + i);
            body.put("dateOfBirth", "1990-01-0" + (i + 1));
            nhsNumbers.add(nhsNumber());
            body.put("externalIds", List.of(Map.of("system", "nhs-number", "value", nhsNumbers.get(i))));
            api().body(body).post("/api/people").then().statusCode(201);
        }

        JsonPath first = api().queryParam("name", surname.toLowerCase()).queryParam("limit", 2)
                .get("/api/people").then().statusCode(200).body("items", hasSize(2))
                .body("next", notNullValue()).extract().jsonPath();
        JsonPath second = api().get(first.getString("next")).then().statusCode(200).body("items", hasSize(2))
                .extract().jsonPath();
        JsonPath third = api().get(second.getString("next")).then().statusCode(200).body("items", hasSize(1))
                .body("next", nullValue()).extract().jsonPath();
        List<String> names = new java.util.ArrayList<>(first.getList("items.fullName", String.class));
        names.addAll(second.getList("items.fullName", String.class));
        names.addAll(third.getList("items.fullName", String.class));
        org.assertj.core.api.Assertions.assertThat(names).containsExactly("Alys " + surname + " 0",
                "Alys " + surname + " 1", "Alys " + surname + " 2", "Alys " + surname + " 3", "Alys " + surname + " 4");

        api().queryParam("name", surname).queryParam("dateOfBirth", "1990-01-03").get("/api/people").then()
                .body("items.fullName", contains("Alys " + surname + " 2"));
        api().queryParam("identifierSystem", "nhs-number").queryParam("identifierValue", nhsNumbers.get(4))
                .get("/api/people").then().body("items.fullName", contains("Alys " + surname + " 4"));
        api().queryParam("name", "nobody-" + surname).get("/api/people").then().statusCode(200)
                .body("items", empty()).body("next", nullValue());
    }

    @Test
    void pagesOfPeopleCarryNoNameInTheirNextLink() {
        String team = team();
        String surname = "Nowakowska" + UUID.randomUUID().toString().substring(0, 6);
        for (String first : List.of("Amira", "Bronwen")) {
            Map<String, Object> body = personBody(team);
            body.put("fullName", first + " " + surname);
            api().body(body).post("/api/people").then().statusCode(201);
        }
        String next = api().queryParam("name", surname).queryParam("limit", 1).get("/api/people").then()
                .statusCode(200).body("items.fullName", contains("Amira " + surname)).extract().path("next");
        String cursor = java.net.URLDecoder.decode(next.replaceAll(".*cursor=([^&]*).*", "$1"),
                java.nio.charset.StandardCharsets.UTF_8);
        String decoded = new String(java.util.Base64.getUrlDecoder().decode(cursor.split("\\.")[0]),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        // the search term is the caller's own; the cursor holds the last name of the page, which it must not show
        org.assertj.core.api.Assertions.assertThat(cursor).doesNotContain(surname).doesNotContain("Amira")
                .doesNotContain(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                        ("Amira " + surname).getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 12));
        org.assertj.core.api.Assertions.assertThat(decoded).doesNotContain("Amira").doesNotContain(surname);
        api().get(next).then().statusCode(200).body("items.fullName", contains("Bronwen " + surname));
    }

    @Test
    void searchParametersAreValidatedByName() {
        invalid().queryParam("limit", 0).get("/api/people").then().statusCode(400)
                .body("errors[0].field", equalTo("limit")).body("errors[0].in", equalTo("query"));
        invalid().queryParam("limit", 101).get("/api/people").then().statusCode(400);
        invalid().queryParam("limit", "ten").get("/api/people").then().statusCode(400);
        invalid().queryParam("cursor", "not-a-cursor").get("/api/people").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        invalid().queryParam("dateOfBirth", "yesterday").get("/api/people").then().statusCode(400)
                .body("errors[0].field", equalTo("dateOfBirth"));
        invalid().queryParam("identifierValue", "x").get("/api/people").then().statusCode(400)
                .body("errors[0].field", equalTo("identifierSystem"));
        invalid().queryParam("name", "a").get("/api/people").then().statusCode(400)
                .body("errors.field", hasItem("name"));
    }
}
