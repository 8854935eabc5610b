package org.casework;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusIntegrationTest;

import org.casework.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The packaged application (target/quarkus-app/quarkus-run.jar), started as {@code make run} starts it (the local
 * profile) on an empty database of its own: it migrates, builds the demo council, and serves the web client and
 * the API, denying what it should. Everything else is tested in-process by the @QuarkusTest classes; this is the
 * one check that the jar users run works as a whole.
 */
@QuarkusIntegrationTest
class PackagedAppIT {

    @Test
    void theJarStartsOnAnEmptyDatabaseWithTheDemoCouncilAndServesTheWebClientAndTheApi() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("Casework"));

        // the web client: the demo sign-in lists the demo council's workers
        given().get("/sign-in").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("Demo County Council"), containsString("Sian Morgan"));

        // the API denies by default, and answers a demo team lead with her teams
        given().get("/api/teams").then().statusCode(401);
        given().auth().oauth2(Tokens.of("sian.morgan", "team-lead")).get("/api/teams").then().statusCode(200)
                .body("items.name", hasItems("Housing Options"));
    }
}
