package org.casework.scorecard;

import static org.casework.support.Api.api;

import io.restassured.response.ValidatableResponse;

/** Reading a team's scorecard in the tests. */
final class History {

    private History() {
    }

    static ValidatableResponse scorecard(String teamId, String period) {
        return api().queryParam("period", period).get("/api/teams/" + teamId + "/scorecard").then()
                .statusCode(200);
    }

    /** The JSON path of a target's evaluations in a scorecard. */
    static String evaluations(String targetId) {
        return "targets.find { it.target.id == '" + targetId + "' }.evaluations";
    }
}
