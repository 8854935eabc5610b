package org.casework.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.outcomes.Assessments.decimal;
import static org.casework.outcomes.Assessments.record;
import static org.casework.support.Api.api;
import static org.casework.support.Api.as;
import static org.casework.support.Api.invalid;
import static org.casework.support.Fixtures.openCase;
import static org.casework.support.Fixtures.person;
import static org.casework.support.Fixtures.signedIn;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Fixtures.worker;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.casework.support.TestClock;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InstrumentResourceTest {

    private static String code() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> item(String code, int min, int max, String direction) {
        return Map.of("code", code, "text", "How is " + code + "?", "scaleMin", min, "scaleMax", max,
                "direction", direction);
    }

    private static Map<String, Object> band(String item, String code, Object min, Object max) {
        Map<String, Object> band = new HashMap<>();
        if (item != null) {
            band.put("item", item);
        }
        band.put("code", code);
        band.put("label", code);
        band.put("min", min);
        band.put("max", max);
        return band;
    }

    /** A two-item sum instrument, 0–3 each, with bands of the total. */
    static Map<String, Object> sumInstrument(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Test scale " + code);
        body.put("scoringRule", "sum");
        body.put("scoreDirection", "higher-is-better");
        body.put("meaningfulChange", 2);
        body.put("items", List.of(item("sleep", 0, 3, "higher-is-better"), item("worry", 0, 3, "lower-is-better")));
        body.put("bands", List.of(band(null, "low", 0, 2), band(null, "high", 3, 6)));
        return body;
    }

    /** Before, the bands could be inserted before their items and the definition answered 409 (later 500). */
    @Test
    void anInstrumentWithBandsPerItemIsDefined() {
        String code = code();
        Map<String, Object> body = sumInstrument(code);
        body.put("scoringRule", "per-item");
        body.remove("scoreDirection");
        body.put("bands", List.of(band("sleep", "low", 0, 1), band("sleep", "high", 2, 3), band("worry", "low", 0, 1),
                band("worry", "high", 2, 3)));
        api().body(body).post("/api/instruments").then().statusCode(201);
        api().get("/api/instruments/" + code).then().statusCode(200).body("code", equalTo(code));
    }

    @Test
    void anAdminDefinesAnInstrumentAndATeamLeadMayNot() {
        String code = code();
        String teamLead = signedIn("team-lead", team());
        as(teamLead).body(sumInstrument(code)).post("/api/instruments").then().statusCode(403);
        as(teamLead).body(new HashMap<>(Map.of("name", "X", "scoringRule", "per-item", "meaningfulChange", 1,
                "items", List.of(item("a", 0, 1, "higher-is-better")))))
                .post("/api/instruments/ons4/versions").then().statusCode(403);

        Response created = api().body(sumInstrument(code)).post("/api/instruments").then().statusCode(201)
                .header("Location", endsWith("/api/instruments/" + code + "/versions/1"))
                .header("ETag", equalTo("\"1\"")).extract().response();
        assertThat(created.<Integer>path("version")).isEqualTo(1);
        assertThat(created.<Boolean>path("current")).isTrue();
        assertThat(created.<Boolean>path("builtIn")).isFalse();
        assertThat(decimal(created.path("scoreMin"))).isEqualByComparingTo("0");
        assertThat(decimal(created.path("scoreMax"))).isEqualByComparingTo("6");
        assertThat(created.<List<String>>path("items.code")).containsExactly("sleep", "worry");
        assertThat(created.<List<String>>path("bands.code")).containsExactly("low", "high");

        // a team lead reads it like any instrument
        as(teamLead).get("/api/instruments/" + code).then().statusCode(200).body("code", equalTo(code));
        api().body(sumInstrument(code)).post("/api/instruments").then().statusCode(409)
                .body("errors[0].field", equalTo("code"));
        api().get("/api/instruments/no-such-thing").then().statusCode(404);
        api().get("/api/instruments/" + code + "/versions/2").then().statusCode(404);
        invalid().get("/api/instruments/" + code + "/versions/first").then().statusCode(404);
        Map<String, Object> definition = sumInstrument(code);
        definition.remove("code");
        api().body(definition).post("/api/instruments/no-such-thing/versions").then().statusCode(404);
    }

    @Test
    void anItemRunningAgainstTheTotalIsReverseScored() {
        String code = code();
        api().body(sumInstrument(code)).post("/api/instruments").then().statusCode(201);
        String team = team();
        String caseId = openCase(person(team), team, worker(team), null);
        Response recorded = record(caseId, Assessments.body(code, "self", List.of("sleep", "worry"), 3, 0));
        // sleep 3 (high is good) + worry 0 (low is good, counts 3) = 6
        assertThat(decimal(recorded.path("score"))).isEqualByComparingTo("6");
        assertThat(recorded.<String>path("band")).isEqualTo("high");
    }

    @Test
    void everyInconsistencyInADefinitionIsA400NamingTheField() {
        Map<String, Object> body = sumInstrument(code());
        body.put("items", List.of(item("a", 1, 5, "higher-is-better"), item("a", 5, 5, "higher-is-better")));
        invalid().body(body).post("/api/instruments").then().statusCode(400)
                .body("errors.field", hasItem("items[1].code")).body("errors.field", hasItem("items[1].scaleMax"));

        body = sumInstrument(code());
        body.put("items", List.of());
        invalid().body(body).post("/api/instruments").then().statusCode(400).body("errors[0].field", equalTo("items"));

        body = sumInstrument(code());
        body.remove("scoreDirection");
        invalid().body(body).post("/api/instruments").then().statusCode(400)
                .body("errors[0].field", equalTo("scoreDirection"));

        body = sumInstrument(code());
        body.put("scoringRule", "per-item");
        body.remove("scoreDirection");
        invalid().body(body).post("/api/instruments").then().statusCode(400)
                .body("errors[0].field", equalTo("bands[0].item"));

        body = sumInstrument(code());
        body.put("bands", List.of(band(null, "low", 0, 3), band(null, "high", 3, 6)));
        invalid().body(body).post("/api/instruments").then().statusCode(400)
                .body("errors[0].field", equalTo("bands[1]")).body("errors[0].message", containsString("overlaps"));

        body = sumInstrument(code());
        body.put("bands", List.of(band(null, "low", 0, 7), band("nope", "x", 0, 1), band("sleep", "ok", 2, 1),
                band("sleep", "ok", -1, 1)));
        invalid().body(body).post("/api/instruments").then().statusCode(400)
                .body("errors.field", hasItem("bands[0].max")).body("errors.field", hasItem("bands[1].item"))
                .body("errors.field", hasItem("bands[2].max")).body("errors.field", hasItem("bands[3].min"));

        body = sumInstrument(code());
        body.put("scoringRule", "lookup");
        List<Map<String, Object>> lookup = new ArrayList<>();
        for (int raw = 0; raw <= 6; raw++) {
            if (raw != 4) {
                lookup.add(Map.of("raw", raw, "score", raw * 10));
            }
        }
        lookup.add(Map.of("raw", 9, "score", 1));
        body.put("lookup", lookup);
        body.put("bands", List.of());
        invalid().body(body).post("/api/instruments").then().statusCode(400)
                .body("errors.field", hasItem("lookup[6].raw"))
                .body("errors.find { it.field == 'lookup' }.message", containsString("missing 4"));

        body = sumInstrument(code());
        body.put("lookup", List.of(Map.of("raw", 0, "score", 1)));
        invalid().body(body).post("/api/instruments").then().statusCode(400).body("errors[0].field", equalTo("lookup"));

        body = sumInstrument(code());
        body.put("code", "Not A Code");
        invalid().body(body).post("/api/instruments").then().statusCode(400).body("errors[0].field", equalTo("code"));
    }

    @Test
    void aNewVersionLeavesOldAssessmentsWithTheirVersionAndScore() {
        String code = code();
        api().body(sumInstrument(code)).post("/api/instruments").then().statusCode(201);
        String team = team();
        String caseId = openCase(person(team), team, worker(team),
                TestClock.now().minusDays(10).toString());
        String oldId = record(caseId, Assessments.body(code, "self", List.of("sleep", "worry"), 1, 1)).path("id");

        Map<String, Object> v2 = sumInstrument(code);
        v2.remove("code");
        v2.put("scoringRule", "mean");
        v2.put("items", List.of(item("sleep", 1, 5, "higher-is-better"), item("mood", 1, 5, "higher-is-better"),
                item("energy", 1, 5, "higher-is-better")));
        v2.put("bands", List.of(band(null, "low", 1, 2.99), band(null, "high", 3, 5)));
        api().body(v2).post("/api/instruments/" + code + "/versions").then().statusCode(201)
                .header("Location", endsWith("/api/instruments/" + code + "/versions/2"))
                .body("version", equalTo(2)).body("current", equalTo(true));

        api().get("/api/instruments/" + code).then().statusCode(200).body("version", equalTo(2));
        api().get("/api/instruments/" + code + "/versions/1").then().statusCode(200)
                .body("current", equalTo(false)).body("items.code", equalTo(List.of("sleep", "worry")));
        Response old = api().get("/api/cases/" + caseId + "/assessments/" + oldId).then().statusCode(200)
                .extract().response();
        assertThat(old.<Integer>path("instrumentVersion")).isEqualTo(1);
        assertThat(decimal(old.path("score"))).isEqualByComparingTo("3");
        assertThat(old.<String>path("band")).isEqualTo("high");

        // new assessments use version 2; version 1 may still be asked for by number
        Response now = record(caseId, Assessments.body(code, "worker", List.of("sleep", "mood", "energy"), 2, 3, 5));
        assertThat(now.<Integer>path("instrumentVersion")).isEqualTo(2);
        assertThat(decimal(now.path("score"))).isEqualByComparingTo("3.33");
        Map<String, Object> byV1 = Assessments.body(code, "self", List.of("sleep", "worry"), 0, 3);
        byV1.put("instrumentVersion", 1);
        assertThat(record(caseId, byV1).<Integer>path("instrumentVersion")).isEqualTo(1);
        byV1.put("instrumentVersion", 3);
        api().body(byV1).post("/api/cases/" + caseId + "/assessments").then().statusCode(400)
                .body("errors[0].field", equalTo("instrumentVersion"));
        // one meaning of version: a record's own, never the instrument's, so a body naming it is refused
        byV1.remove("instrumentVersion");
        byV1.put("version", 1);
        org.casework.support.Api.invalid().body(byV1).post("/api/cases/" + caseId + "/assessments").then()
                .statusCode(400).body("errors[0].field", equalTo("version"));

        api().get("/api/cases/" + caseId + "/assessments?instrument=" + code).then().statusCode(200)
                .body("items.size()", equalTo(3)).body("next", nullValue());
    }
}
