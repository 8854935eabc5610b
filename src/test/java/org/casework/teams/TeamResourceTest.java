package org.casework.teams;

import static org.casework.support.Api.api;
import static org.casework.support.Api.invalid;
import static org.casework.support.Fixtures.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

@QuarkusTest
class TeamResourceTest {

    @Test
    void aTeamIsCreatedReadAndRenamedWithItsETag() {
        String name = unique("Housing Options");
        String id = api().body(Map.of("name", name, "description", "Prevention and relief")).post("/api/teams")
                .then().statusCode(201).header("ETag", "\"0\"").body("name", equalTo(name)).extract().path("id");
        api().get("/api/teams/" + id).then().statusCode(200).body("description", equalTo("Prevention and relief"));
        api().header("If-Match", "\"0\"").body(Map.of("name", name + " North")).put("/api/teams/" + id).then()
                .statusCode(200).header("ETag", "\"1\"").body("name", equalTo(name + " North"));
        api().header("If-Match", "\"0\"").body(Map.of("name", name)).put("/api/teams/" + id).then().statusCode(412);
    }

    @Test
    void teamNamesAreUniqueIgnoringCase() {
        String name = unique("Tenancy Support");
        api().body(Map.of("name", name)).post("/api/teams").then().statusCode(201);
        api().body(Map.of("name", name.toUpperCase())).post("/api/teams").then().statusCode(409)
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void aBlankNameIsRefusedByName() {
        invalid().body(Map.of("name", "")).post("/api/teams").then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
        api().get("/api/teams/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void theListPagesThroughEveryTeam() {
        for (int i = 0; i < 3; i++) {
            api().body(Map.of("name", unique("Paging"))).post("/api/teams").then().statusCode(201);
        }
        String next = api().queryParam("limit", 1).get("/api/teams").then().statusCode(200)
                .body("items", hasSize(1)).body("next", notNullValue()).extract().path("next");
        api().get(next).then().statusCode(200).body("items", hasSize(1));
    }
}
