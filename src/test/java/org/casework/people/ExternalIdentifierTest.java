package org.casework.people;

import static org.casework.support.Api.api;
import static org.casework.support.Api.invalid;
import static org.casework.support.Fixtures.personBody;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Identifiers.housingRef;
import static org.casework.support.Identifiers.nhsNumber;
import static org.casework.support.Identifiers.spaced;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

/** Identifiers are stored, compared and searched for in their system's normal form, and checked by its rule. */
@QuarkusTest
class ExternalIdentifierTest {

    private static Map<String, Object> withIdentifiers(String team, Map<?, ?>... identifiers) {
        Map<String, Object> body = personBody(team);
        body.put("externalIds", List.of(identifiers));
        return body;
    }

    private static void nobodyCalled(Object fullName) {
        api().queryParam("name", fullName).get("/api/people").then().statusCode(200).body("items", empty());
    }

    @Test
    void anNhsNumberWrittenWithSpacesOrHyphensIsOneNumberAndOnePerson() {
        String team = team();
        String nhs = nhsNumber();
        String first = api().body(withIdentifiers(team, Map.of("system", "nhs-number", "value", spaced(nhs))))
                .post("/api/people").then().statusCode(201)
                .body("externalIds[0].value", equalTo(nhs)).extract().path("id");

        // the same number without spaces was a second person before: now it is the duplicate it is
        Map<String, Object> again = withIdentifiers(team, Map.of("system", "nhs-number", "value", nhs));
        api().body(again).post("/api/people").then().statusCode(409)
                .body("errors.field", contains("externalIds[0].value"))
                .body("errors[0].message", containsString(first));
        nobodyCalled(again.get("fullName"));

        String hyphenated = nhs.substring(0, 3) + "-" + nhs.substring(3, 6) + "-" + nhs.substring(6);
        for (String written : List.of(nhs, spaced(nhs), hyphenated, " " + spaced(nhs) + " ")) {
            api().queryParam("identifierSystem", "NHS-Number").queryParam("identifierValue", written)
                    .get("/api/people").then().statusCode(200).body("items.id", contains(first));
        }
    }

    @Test
    void aCouncilHousingReferenceIgnoresCaseAndSpaces() {
        String team = team();
        String reference = housingRef();
        String written = " " + reference.toLowerCase().replace("-", " - ") + " ";
        String id = api().body(withIdentifiers(team, Map.of("system", "Council-Housing-Ref", "value", written)))
                .post("/api/people").then().statusCode(201)
                .body("externalIds[0].system", equalTo("council-housing-ref"))
                .body("externalIds[0].value", equalTo(reference)).extract().path("id");
        api().queryParam("identifierSystem", "council-housing-ref").queryParam("identifierValue", written.strip())
                .get("/api/people").then().body("items.id", contains(id));
        api().body(withIdentifiers(team, Map.of("system", "council-housing-ref", "value", reference)))
                .post("/api/people").then().statusCode(409).body("errors[0].message", containsString(id));
    }

    @Test
    void invalidNhsNumbersAndUnknownSystemsAreRefusedByFieldAndNothingIsStored() {
        String team = team();
        String nhs = nhsNumber();
        String wrongCheckDigit = nhs.substring(0, 9) + (char) ('0' + (nhs.charAt(9) - '0' + 1) % 10);
        Map<String, Object> body = withIdentifiers(team,
                Map.of("system", "nhs-number", "value", wrongCheckDigit),
                Map.of("system", "passport", "value", "123456789"),
                Map.of("system", "council-housing-ref", "value", housingRef()));
        invalid().body(body).post("/api/people").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("externalIds[0].value", "externalIds[1].system"))
                .body("errors.find { it.field == 'externalIds[0].value' }.message", containsString("check digit"))
                .body("errors.find { it.field == 'externalIds[1].system' }.message",
                        allOf(containsString("council-housing-ref"), containsString("nhs-number")));
        nobodyCalled(body.get("fullName"));

        body.put("externalIds", List.of(Map.of("system", "nhs-number", "value", "999 000 000")));
        invalid().body(body).post("/api/people").then().statusCode(400)
                .body("errors.field", contains("externalIds[0].value"))
                .body("errors[0].message", containsString("10 digits"));
        // 999 000 000 has no check digit: no tenth digit makes it an NHS number
        body.put("externalIds", List.of(Map.of("system", "nhs-number", "value", "999 000 0000")));
        invalid().body(body).post("/api/people").then().statusCode(400);
        nobodyCalled(body.get("fullName"));

        invalid().queryParam("identifierSystem", "passport").queryParam("identifierValue", "1").get("/api/people")
                .then().statusCode(400).body("errors[0].field", equalTo("identifierSystem"))
                .body("errors[0].in", equalTo("query"));
    }

    @Test
    void replacingAPersonChecksAndNormalisesTheirIdentifiersToo() {
        String team = team();
        Map<String, Object> body = personBody(team);
        String id = api().body(body).post("/api/people").then().statusCode(201).extract().path("id");
        String nhs = nhsNumber();
        body.put("externalIds", List.of(Map.of("system", "NHS-NUMBER", "value", spaced(nhs))));
        api().header("If-Match", "\"0\"").body(body).put("/api/people/" + id).then().statusCode(200)
                .body("externalIds[0].system", equalTo("nhs-number")).body("externalIds[0].value", equalTo(nhs));
        body.put("externalIds", List.of(Map.of("system", "nhs-number", "value", "12345")));
        invalid().header("If-Match", "\"1\"").body(body).put("/api/people/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("externalIds[0].value"));
        api().get("/api/people/" + id).then().body("externalIds[0].value", equalTo(nhs)).body("version", equalTo(1));
    }
}
