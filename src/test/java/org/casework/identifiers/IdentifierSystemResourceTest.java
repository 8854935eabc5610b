package org.casework.identifiers;

import static org.casework.support.Api.api;
import static org.casework.support.Api.invalid;
import static org.casework.support.Fixtures.personBody;
import static org.casework.support.Fixtures.team;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

@QuarkusTest
class IdentifierSystemResourceTest {

    @Test
    void theCatalogueNamesEachSystemInEnglishAndWelshWithItsRules() {
        api().queryParam("limit", 100).get("/api/identifier-systems").then().statusCode(200)
                .body("items.code", hasItems("council-housing-ref", "nhs-number"))
                .body("items.find { it.code == 'nhs-number' }.labelCy", equalTo("Rhif GIG"))
                .body("items.find { it.code == 'nhs-number' }.normaliser", equalTo("remove-spaces-and-hyphens"))
                .body("items.find { it.code == 'nhs-number' }.validator", equalTo("nhs-number"))
                .body("items.find { it.code == 'council-housing-ref' }.normaliser", equalTo("upper-compact"))
                .body("items.find { it.code == 'council-housing-ref' }.builtIn", equalTo(true));
        api().get("/api/identifier-systems/NHS-Number").then().statusCode(200)
                .body("code", equalTo("nhs-number")).body("labelEn", equalTo("NHS number"));
        api().get("/api/identifier-systems/passport").then().statusCode(404);
    }

    @Test
    void adminsAddFreeFormSystemsWhoseValuesAreTrimmedAndCodesCaseInsensitive() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String code = "Housing-Benefit-" + suffix;
        String stored = code.toLowerCase(Locale.ROOT);
        api().body(Map.of("code", code, "labelEn", "Housing Benefit reference", "labelCy", "Cyfeirnod Budd-dal Tai"))
                .post("/api/identifier-systems").then().statusCode(201)
                .header("Location", endsWith("/api/identifier-systems/" + stored))
                .body("code", equalTo(stored)).body("normaliser", equalTo("trim")).body("validator", equalTo("any"))
                .body("builtIn", equalTo(false));
        api().body(Map.of("code", stored.toUpperCase(Locale.ROOT), "labelEn", "Again", "labelCy", "Eto"))
                .post("/api/identifier-systems").then().statusCode(409).body("errors[0].field", equalTo("code"));

        // the new system is usable at once, in any case, and its values are only trimmed
        Map<String, Object> person = personBody(team());
        person.put("externalIds", List.of(Map.of("system", code.toUpperCase(Locale.ROOT), "value", "  hb 77/a ")));
        api().body(person).post("/api/people").then().statusCode(201)
                .body("externalIds[0].system", equalTo(stored)).body("externalIds[0].value", equalTo("hb 77/a"));
        api().queryParam("identifierSystem", code).queryParam("identifierValue", "hb 77/a ")
                .get("/api/people").then().statusCode(200).body("items.fullName", contains(person.get("fullName")));
    }

    @Test
    void aDefinitionIsCheckedFieldByField() {
        invalid().body(Map.of("code", "no spaces please", "labelEn", " ")).post("/api/identifier-systems").then()
                .statusCode(400).body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("code", "labelCy",
                        "labelEn"));
    }
}
