package org.casework.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.support.Api.api;
import static org.casework.support.Api.invalid;
import static org.casework.support.Fixtures.person;
import static org.casework.support.Fixtures.team;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

import org.junit.jupiter.api.Test;

@QuarkusTest
class NetworkResourceTest {

    /** DELETE answers no body or a problem; the contract validator wants the Accept header to allow the latter. */
    private static final String DELETE_ACCEPTS = "application/json, application/problem+json";

    @Inject
    DataSource dataSource;

    private static String network(String personId) {
        return "/api/people/" + personId + "/network";
    }

    private static Map<String, Object> memberBody(String name, String relationship) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("relationship", relationship);
        return body;
    }

    private static ValidatableResponse delete(String path, String ifMatch) {
        return api().header("If-Match", ifMatch).accept(DELETE_ACCEPTS).delete(path).then();
    }

    private static String addMember(String personId, String name, String relationship) {
        return api().body(memberBody(name, relationship)).post(network(personId))
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void addingSomeoneKeepsEveryDetailAndAnswersWithAnETagAndLocation() {
        String person = person(team());
        Map<String, Object> body = memberBody("  Bethan Evans ", "sibling");
        body.put("phone", "07700 900456");
        body.put("email", "bethan@example.org");
        body.put("supportive", true);
        body.put("consentToContact", true);
        body.put("notes", "Jo is staying with her for now");

        ExtractableResponse<Response> created = api().body(body).post(network(person)).then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("personId", equalTo(person)).body("name", equalTo("Bethan Evans"))
                .body("createdAt", notNullValue()).body("version", equalTo(0))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(network(person) + "/" + id);

        api().get(network(person) + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id))
                .body("personId", equalTo(person))
                .body("name", equalTo("Bethan Evans"))
                .body("relationship", equalTo("sibling"))
                .body("organisation", nullValue())
                .body("phone", equalTo("07700 900456"))
                .body("email", equalTo("bethan@example.org"))
                .body("supportive", equalTo(true))
                .body("consentToContact", equalTo(true))
                .body("notes", equalTo("Jo is staying with her for now"));
    }

    @Test
    void supportivenessStaysUnknownAndConsentIsNotAssumedWhenNotGiven() {
        String person = person(team());
        String id = addMember(person, "Dr Rhys Morgan", "gp");
        api().get(network(person) + "/" + id).then().statusCode(200)
                .body("supportive", nullValue()).body("consentToContact", equalTo(false))
                .body("phone", nullValue()).body("email", nullValue()).body("notes", nullValue());
    }

    @Test
    void replacingChangesTheWholeMemberWithTheCurrentETag() {
        String person = person(team());
        Map<String, Object> body = memberBody("Bev", "friend");
        body.put("supportive", true);
        body.put("consentToContact", true);
        body.put("phone", "07700 900111");
        String id = api().body(body).post(network(person)).then().statusCode(201).extract().path("id");

        Map<String, Object> replacement = memberBody("Bev Jones", "carer");
        replacement.put("organisation", "Crossroads Care");
        api().header("If-Match", "\"0\"").body(replacement).put(network(person) + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("version", equalTo(1)).body("name", equalTo("Bev Jones"));

        // omitted optional fields are cleared, not kept: PUT replaces
        api().get(network(person) + "/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Bev Jones"))
                .body("relationship", equalTo("carer"))
                .body("organisation", equalTo("Crossroads Care"))
                .body("phone", nullValue())
                .body("supportive", nullValue())
                .body("consentToContact", equalTo(false));
    }

    @Test
    void replacingNeedsACurrentIfMatch() {
        String person = person(team());
        String id = addMember(person, "Bev", "friend");
        Map<String, Object> replacement = memberBody("Beverley", "friend");

        invalid().body(replacement).put(network(person) + "/" + id).then().statusCode(428)
                .contentType("application/problem+json").body("errors[0].field", equalTo("If-Match"));
        api().header("If-Match", "\"5\"").body(replacement).put(network(person) + "/" + id).then().statusCode(412)
                .contentType("application/problem+json");
        api().header("If-Match", "not-a-version").body(replacement).put(network(person) + "/" + id).then()
                .statusCode(412);
        api().get(network(person) + "/" + id).then().body("name", equalTo("Bev")).body("version", equalTo(0));

        api().header("If-Match", "\"0\"").body(replacement).put(network(person) + "/" + id).then().statusCode(200);
        // the ETag read before that change is now stale: a second worker does not silently overwrite the first
        api().header("If-Match", "\"0\"").body(memberBody("Bev J", "friend")).put(network(person) + "/" + id)
                .then().statusCode(412);
        api().get(network(person) + "/" + id).then().body("name", equalTo("Beverley"));
    }

    @Test
    void removingSomeoneNeedsACurrentIfMatchAndThenTheyAreGone() {
        String person = person(team());
        String id = addMember(person, "Bev", "friend");
        String kept = addMember(person, "Carys", "neighbour");
        api().header("If-Match", "\"0\"").body(memberBody("Beverley", "friend")).put(network(person) + "/" + id)
                .then().statusCode(200);

        invalid().delete(network(person) + "/" + id).then().statusCode(428)
                .body("errors[0].field", equalTo("If-Match"));
        delete(network(person) + "/" + id, "\"0\"").statusCode(412);
        api().get(network(person) + "/" + id).then().statusCode(200);

        delete(network(person) + "/" + id, "\"1\"").statusCode(204);
        api().get(network(person) + "/" + id).then().statusCode(404);
        delete(network(person) + "/" + id, "\"1\"").statusCode(404);
        api().get(network(person)).then().statusCode(200).body("items.id", contains(kept));
    }

    @Test
    void unknownRelationshipCodesAreRefusedByName() {
        String person = person(team());
        api().body(memberBody("Bev", "pen-pal")).post(network(person)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("relationship"))
                .body("errors[0].in", equalTo("body"));

        String id = addMember(person, "Bev", "friend");
        api().header("If-Match", "\"0\"").body(memberBody("Bev", "pen-pal")).put(network(person) + "/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("relationship"));
        api().get(network(person) + "/" + id).then().body("relationship", equalTo("friend"))
                .body("version", equalTo(0));
        api().get(network(person)).then().body("items", hasSize(1));
    }

    @Test
    void aRetiredRelationshipStaysOnMembersWhoHaveItButIsNotGivenToAnyoneElse() throws SQLException {
        // a code of this test's own, so retiring it changes nothing for other tests
        String code = "retiring-" + UUID.randomUUID().toString().substring(0, 8);
        sql("insert into reference_code (vocabulary, code, label_en, label_cy) "
                + "values ('relationship', ?, 'Old', 'Hen')", code);
        try {
            String person = person(team());
            String id = addMember(person, "Bev", code);
            String other = addMember(person, "Carys", "friend");
            sql("update reference_code set active = false where vocabulary = 'relationship' and code = ?", code);

            Map<String, Object> newPhone = memberBody("Bev", code);
            newPhone.put("phone", "07700 900222");
            api().header("If-Match", "\"0\"").body(newPhone).put(network(person) + "/" + id).then().statusCode(200)
                    .body("relationship", equalTo(code)).body("phone", equalTo("07700 900222"));

            api().body(memberBody("Dai", code)).post(network(person)).then().statusCode(400)
                    .body("errors[0].field", equalTo("relationship"));
            api().header("If-Match", "\"0\"").body(memberBody("Carys", code)).put(network(person) + "/" + other)
                    .then().statusCode(400).body("errors[0].field", equalTo("relationship"));
            api().get(network(person)).then().body("items.relationship", contains(code, "friend"));
        } finally {
            sql("delete from network_member where relationship = ?", code);
            sql("delete from reference_code where vocabulary = 'relationship' and code = ?", code);
        }
    }

    private void sql(String statement, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement prepared = connection.prepareStatement(statement)) {
            prepared.setString(1, parameter);
            prepared.executeUpdate();
        }
    }

    @Test
    void missingBlankAndMalformedFieldsAreAllNamed() {
        String person = person(team());
        Map<String, Object> body = new HashMap<>();
        body.put("name", "  ");
        body.put("phone", "call me maybe");
        body.put("email", "not-an-email");
        body.put("notes", "x".repeat(2001));
        invalid().body(body).post(network(person)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("email", "name", "notes", "phone", "relationship"));

        invalid().body(memberBody("x".repeat(201), "friend")).post(network(person)).then().statusCode(400)
                .body("errors.field", contains("name"));
        invalid().body("").post(network(person)).then().statusCode(400);
        api().get(network(person)).then().statusCode(200).body("items", empty());
    }

    @Test
    void unknownFieldsWrongTypesAndBrokenJsonAreRefused() {
        String person = person(team());
        Map<String, Object> withId = memberBody("Bev", "friend");
        withId.put("id", UUID.randomUUID().toString());
        invalid().body(withId).post(network(person)).then().statusCode(400)
                .body("errors[0].field", equalTo("id"))
                .body("errors[0].message", equalTo("is not a field of this request"));

        Map<String, Object> withPersonId = memberBody("Bev", "friend");
        withPersonId.put("personId", person(team()));
        invalid().body(withPersonId).post(network(person)).then().statusCode(400)
                .body("errors[0].field", equalTo("personId"));

        Map<String, Object> wrongType = memberBody("Bev", "friend");
        wrongType.put("supportive", "maybe");
        invalid().body(wrongType).post(network(person)).then().statusCode(400)
                .body("errors[0].field", equalTo("supportive"));

        invalid().body("{\"name\": ").post(network(person)).then().statusCode(400)
                .body("type", equalTo("urn:casework:problem:malformed-json"));
        api().get(network(person)).then().statusCode(200).body("items", empty());
    }

    @Test
    void anUnknownPersonHasNoNetwork() {
        String nobody = UUID.randomUUID().toString();
        api().get(network(nobody)).then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
        api().body(memberBody("Bev", "friend")).post(network(nobody)).then().statusCode(404);
        api().get(network(nobody) + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void anUnknownMemberIs404() {
        String person = person(team());
        String unknown = network(person) + "/" + UUID.randomUUID();
        api().get(unknown).then().statusCode(404).contentType("application/problem+json");
        api().header("If-Match", "\"0\"").body(memberBody("Bev", "friend")).put(unknown).then().statusCode(404);
        delete(unknown, "\"0\"").statusCode(404);
    }

    @Test
    void aMemberOfAnotherPersonsNetworkIsNotFoundThroughThisPerson() {
        String team = team();
        String owner = person(team);
        String other = person(team);
        String id = addMember(owner, "Bev", "friend");

        api().get(network(other) + "/" + id).then().statusCode(404);
        api().header("If-Match", "\"0\"").body(memberBody("Hijacked", "friend")).put(network(other) + "/" + id)
                .then().statusCode(404);
        delete(network(other) + "/" + id, "\"0\"").statusCode(404);
        api().get(network(other)).then().statusCode(200).body("items", empty());

        api().get(network(owner) + "/" + id).then().statusCode(200).body("name", equalTo("Bev"))
                .body("personId", equalTo(owner)).body("version", equalTo(0));
    }

    @Test
    void anEmptyNetworkIsAnEmptyPage() {
        api().get(network(person(team()))).then().statusCode(200).body("items", empty()).body("next", nullValue());
    }

    @Test
    void theNetworkPagesByNameWithoutGapsOrRepeatsEvenForSharedNames() {
        String person = person(team());
        String carys = addMember(person, "Carys", "neighbour");
        String firstBev = addMember(person, "Bev", "friend");
        String secondBev = addMember(person, "Bev", "other-family");
        String aled = addMember(person, "Aled", "probation");
        List<String> bevs = firstBev.compareTo(secondBev) < 0 ? List.of(firstBev, secondBev)
                : List.of(secondBev, firstBev);

        api().get(network(person)).then().statusCode(200).body("next", nullValue())
                .body("items.name", contains("Aled", "Bev", "Bev", "Carys"));

        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String next = network(person) + "?limit=1";
        int pages = 0;
        while (next != null) {
            JsonPath page = api().get(next).then().statusCode(200).body("items", hasSize(1)).extract().jsonPath();
            ids.addAll(page.getList("items.id", String.class));
            names.addAll(page.getList("items.name", String.class));
            next = page.getString("next");
            pages++;
        }
        assertThat(pages).isEqualTo(4);
        assertThat(names).containsExactly("Aled", "Bev", "Bev", "Carys");
        // ties on name break by id; PostgreSQL orders uuids as their lower-case text sorts in Java
        assertThat(ids).containsExactly(aled, bevs.get(0), bevs.get(1), carys);

        JsonPath firstTwo = api().queryParam("limit", 2).get(network(person)).then().statusCode(200)
                .body("items.name", contains("Aled", "Bev")).body("next", notNullValue()).extract().jsonPath();
        api().get(firstTwo.getString("next")).then().statusCode(200)
                .body("items.name", contains("Bev", "Carys")).body("next", nullValue());
        api().queryParam("limit", 4).get(network(person)).then().statusCode(200)
                .body("items", hasSize(4)).body("next", nullValue());
        api().queryParam("limit", 100).get(network(person)).then().statusCode(200).body("items", hasSize(4));
    }

    @Test
    void pageParametersAreValidatedByName() {
        String person = person(team());
        invalid().queryParam("limit", 0).get(network(person)).then().statusCode(400)
                .body("errors[0].field", equalTo("limit")).body("errors[0].in", equalTo("query"));
        invalid().queryParam("limit", 101).get(network(person)).then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        invalid().queryParam("limit", "ten").get(network(person)).then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        invalid().queryParam("cursor", "not-a-cursor").get(network(person)).then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }
}
