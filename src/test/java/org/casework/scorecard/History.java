package org.casework.scorecard;

import static org.casework.support.Api.api;

import java.util.HashMap;
import java.util.Map;

import io.restassured.response.ValidatableResponse;

/** Builders for the hand-built histories of the scorecard tests, each a call to the API. */
final class History {

    private History() {
    }

    static Map<String, Object> target(String metric, Integer days, String comparator, Object threshold,
            String period) {
        Map<String, Object> body = new HashMap<>();
        body.put("metric", metric);
        if (days != null) {
            body.put("parameterDays", days);
        }
        body.put("comparator", comparator);
        body.put("threshold", threshold);
        body.put("period", period);
        return body;
    }

    static String setTarget(String teamId, String metric, Integer days, String comparator, Object threshold,
            String period) {
        return api().body(target(metric, days, comparator, threshold, period))
                .post("/api/teams/" + teamId + "/targets").then().statusCode(201).extract().path("id");
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
