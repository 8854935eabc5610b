package org.casework.workers;

import static org.casework.support.Api.api;
import static org.casework.support.Api.invalid;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Fixtures.worker;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

@QuarkusTest
class WorkerResourceTest {

    @Test
    void pagesOfWorkersCarryNoNameInTheirNextLink() {
        String team = team();
        String surname = "Aaberg" + UUID.randomUUID().toString().substring(0, 6);
        for (String first : List.of("Amira", "Bronwen")) {
            api().body(Map.of("username", "w." + UUID.randomUUID().toString().substring(0, 8), "displayName",
                    "Aa " + first + " " + surname, "roles", List.of("worker"), "teamIds", List.of(team)))
                    .post("/api/workers").then().statusCode(201);
        }
        String next = api().queryParam("teamId", team).queryParam("limit", 1).get("/api/workers").then()
                .statusCode(200).body("items.displayName", contains("Aa Amira " + surname)).extract().path("next");
        String cursor = next.replaceAll(".*cursor=([^&]*).*", "$1");
        String decoded = new String(java.util.Base64.getUrlDecoder().decode(cursor),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        org.assertj.core.api.Assertions.assertThat(decoded).doesNotContain("Amira").doesNotContain(surname);
        org.assertj.core.api.Assertions.assertThat(next).doesNotContain(java.util.Base64.getUrlEncoder()
                .withoutPadding().encodeToString(("Aa Amira " + surname).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .substring(0, 12));
        api().get(next).then().statusCode(200).body("items.displayName", contains("Aa Bronwen " + surname));
    }

    @Test
    void aWorkerBelongsToOneOrMoreTeamsWithARole() {
        String north = team();
        String south = team();
        String username = "s." + UUID.randomUUID().toString().substring(0, 8);
        String id = api().body(Map.of("username", username, "displayName", "Siân Morgan", "roles", List.of("team-lead"),
                        "teamIds", List.of(north, south)))
                .post("/api/workers").then().statusCode(201).body("roles", contains("team-lead"))
                .body("active", equalTo(true)).body("teamIds", containsInAnyOrder(north, south))
                .extract().path("id");

        // the tester leads every test team, so is listed too
        api().queryParam("teamId", south).get("/api/workers").then().statusCode(200)
                .body("items.findAll { it.username != 'tester' }.id", contains(id));

        api().header("If-Match", "\"0\"").body(Map.of("username", username, "displayName", "Siân Morgan",
                        "roles", List.of("team-lead"), "teamIds", List.of(north), "active", false))
                .put("/api/workers/" + id).then().statusCode(200).body("active", equalTo(false))
                .body("teamIds", contains(north));
        api().queryParam("teamId", south).get("/api/workers").then()
                .body("items.findAll { it.username != 'tester' }", hasSize(0));
        api().queryParam("teamId", north).queryParam("active", "false").get("/api/workers").then()
                .body("items.id", contains(id));
    }

    @Test
    void badRolesUnknownTeamsAndTakenUsernamesAreRefusedByName() {
        String team = team();
        invalid().body(Map.of("username", "x.y", "displayName", "X", "roles", List.of("boss"), "teamIds", List.of(team)))
                .post("/api/workers").then().statusCode(400).body("errors[0].field", equalTo("roles[0]"));
        invalid().body(Map.of("username", "x.y", "displayName", "X", "roles", List.of("worker"), "teamIds", List.of()))
                .post("/api/workers").then().statusCode(400).body("errors[0].field", equalTo("teamIds"));
        api().body(Map.of("username", "x.y", "displayName", "X", "roles", List.of("worker"),
                        "teamIds", List.of(UUID.randomUUID().toString())))
                .post("/api/workers").then().statusCode(400).body("errors[0].field", equalTo("teamIds"));

        String username = "dup." + UUID.randomUUID().toString().substring(0, 8);
        api().body(Map.of("username", username, "displayName", "A", "roles", List.of("worker"), "teamIds", List.of(team)))
                .post("/api/workers").then().statusCode(201);
        api().body(Map.of("username", username.toUpperCase(), "displayName", "B", "roles", List.of("worker"),
                        "teamIds", List.of(team)))
                .post("/api/workers").then().statusCode(409).body("errors[0].field", equalTo("username"));
    }

    @Test
    void aWorkerIsFoundByUsernameInAnyCase() {
        String team = team();
        String username = "Mixed.Case." + UUID.randomUUID().toString().substring(0, 8);
        String id = api().body(Map.of("username", username, "displayName", "Found By Name", "roles",
                List.of("worker"), "teamIds", List.of(team))).post("/api/workers").then().statusCode(201).extract()
                .path("id");
        api().queryParam("username", username.toLowerCase()).get("/api/workers").then().statusCode(200)
                .body("items.id", contains(id));
        api().queryParam("username", "nobody." + UUID.randomUUID()).get("/api/workers").then().statusCode(200)
                .body("items", hasSize(0));
        invalid().queryParam("username", "x".repeat(101)).get("/api/workers").then().statusCode(400)
                .body("errors[0].field", equalTo("username"));
    }

    @Test
    void unknownWorkersAre404AndUpdatesNeedIfMatch() {
        api().get("/api/workers/" + UUID.randomUUID()).then().statusCode(404);
        String team = team();
        String id = worker(team);
        invalid().body(Map.of("username", "z.z", "displayName", "Z", "roles", List.of("worker"), "teamIds", List.of(team)))
                .put("/api/workers/" + id).then().statusCode(428);
    }
}
