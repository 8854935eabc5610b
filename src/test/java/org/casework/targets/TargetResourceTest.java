package org.casework.targets;

import static org.casework.support.Api.api;
import static org.casework.support.Api.as;
import static org.casework.support.Api.invalid;
import static org.casework.support.Api.invalidAs;
import static org.casework.support.Fixtures.signedIn;
import static org.casework.support.Fixtures.targetBody;
import static org.casework.support.Fixtures.team;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;

import org.casework.support.Tokens;
import org.junit.jupiter.api.Test;

/** Targets as data: the catalogue, a team's targets with ETags, the rules they must keep, and who may do what. */
@QuarkusTest
class TargetResourceTest {

    /** A delete answers no body on success and problem+json otherwise. */
    private static final String DELETE_ACCEPTS = "application/json, application/problem+json";

    @Test
    void theCatalogueSaysWhatEachMetricMeasuresAndWhetherItNeedsDays() {
        as(signedIn("worker", team())).get("/api/target-metrics").then().statusCode(200)
                .body("code", contains("cases-closed-within-days", "days-to-first-contact",
                        "contacts-per-open-case-month", "referrals-acknowledged-within-days", "offers-accepted"))
                .body("find { it.code == 'cases-closed-within-days' }.needsParameterDays", equalTo(true))
                .body("find { it.code == 'cases-closed-within-days' }.unit", equalTo("percent"))
                .body("find { it.code == 'days-to-first-contact' }.better", equalTo("lower"))
                .body("find { it.code == 'offers-accepted' }.needsParameterDays", equalTo(false));
    }

    @Test
    void aTeamLeadSetsChangesAndRemovesATargetWithETags() {
        String team = team();
        String path = "/api/teams/" + team + "/targets";
        api().get(path).then().statusCode(200).body("$", hasSize(0));

        Map<String, Object> body = targetBody("cases-closed-within-days", 28, "at-least", 60, "quarter");
        body.put("description", "Most cases resolved within four weeks");
        var created = api().body(body).post(path).then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("metric", equalTo("cases-closed-within-days")).body("parameterDays", equalTo(28))
                .body("threshold", equalTo(60.0f)).body("period", equalTo("quarter"))
                .body("teamId", equalTo(team)).extract();
        String id = created.path("id");
        api().get(path).then().statusCode(200).body("id", contains(id));
        api().get(path + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("description", equalTo("Most cases resolved within four weeks"));

        Map<String, Object> changed = targetBody("cases-closed-within-days", 21, "at-least", 55.5, "month");
        invalid().body(changed).put(path + "/" + id).then().statusCode(428);
        api().header("If-Match", "\"0\"").body(changed).put(path + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("parameterDays", equalTo(21))
                .body("threshold", equalTo(55.5f)).body("period", equalTo("month"))
                .body("description", nullValue());
        // someone else changed it since this ETag was read
        api().header("If-Match", "\"0\"").body(changed).put(path + "/" + id).then().statusCode(412);
        api().header("If-Match", "\"0\"").accept(DELETE_ACCEPTS).delete(path + "/" + id).then().statusCode(412);
        api().header("If-Match", "\"1\"").accept(DELETE_ACCEPTS).delete(path + "/" + id).then().statusCode(204);
        api().get(path + "/" + id).then().statusCode(404);
        api().get(path).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void badTargetsAreRefusedNamingTheField() {
        String path = "/api/teams/" + team() + "/targets";
        invalid().body(targetBody("cases-closed-fast", 28, "at-least", 60, "quarter")).post(path).then()
                .statusCode(400).body("errors.field", contains("metric"));
        invalid().body(targetBody("cases-closed-within-days", null, "at-least", 60, "quarter")).post(path).then()
                .statusCode(400).body("errors.field", contains("parameterDays"));
        invalid().body(targetBody("offers-accepted", 7, "at-least", 60, "quarter")).post(path).then()
                .statusCode(400).body("errors.field", contains("parameterDays"));
        invalid().body(targetBody("referrals-acknowledged-within-days", 400, "at-least", 60, "quarter")).post(path)
                .then().statusCode(400).body("errors.field", contains("parameterDays"));
        // shares are percentages
        invalid().body(targetBody("offers-accepted", null, "at-least", 101, "quarter")).post(path).then()
                .statusCode(400).body("errors.field", contains("threshold"));
        invalid().body(targetBody("offers-accepted", null, "at-least", -1, "quarter")).post(path).then()
                .statusCode(400).body("errors.field", contains("threshold"));
        invalid().body(targetBody("offers-accepted", null, "more-than", 50, "quarter")).post(path).then()
                .statusCode(400).body("errors.field", contains("comparator"));
        invalid().body(targetBody("offers-accepted", null, "at-least", 50, "fortnight")).post(path).then()
                .statusCode(400).body("errors.field", contains("period"));
        invalid().body(targetBody("offers-accepted", null, "at-least", "lots", "quarter")).post(path).then()
                .statusCode(400).body("errors.field", hasItems("threshold"));
        Map<String, Object> noThreshold = targetBody("offers-accepted", null, "at-least", 50, "quarter");
        noThreshold.remove("threshold");
        invalid().body(noThreshold).post(path).then().statusCode(400).body("errors.field", contains("threshold"));
        // a days metric may go above 100
        api().body(targetBody("days-to-first-contact", null, "at-most", 120, "year")).post(path).then()
                .statusCode(201);
        api().get(path).then().body("$", hasSize(1));
    }

    @Test
    void membersReadAdminsReadAnyTeamOnlyLeadsAndAdminsWriteAndOtherTeamsSeeNothing() {
        String team = team();
        String path = "/api/teams/" + team + "/targets";
        Map<String, Object> body = targetBody("offers-accepted", null, "at-least", 70, "year");
        String id = api().body(body).post(path).then().statusCode(201).extract().path("id");

        for (String role : new String[] { "worker", "team-lead", "integration" }) {
            as(signedIn(role, team)).get(path).then().statusCode(200).body("id", contains(id));
            as(signedIn(role, team)).get(path + "/" + id).then().statusCode(200);
        }
        // targets are not personal data: an admin needs no break-glass reason to read them, and may set them
        String admin = org.casework.support.Fixtures.admin();
        as(admin).get(path).then().statusCode(200).body("id", contains(id));
        as(admin).body(targetBody("offers-accepted", null, "at-least", 75, "year")).post(path).then()
                .statusCode(201);
        // a worker of the team reads but does not set targets
        invalidAs(signedIn("worker", team)).body(body).post(path).then().statusCode(403);
        invalidAs(signedIn("integration", team)).header("If-Match", "\"0\"").delete(path + "/" + id).then()
                .statusCode(403);
        // a team lead of the team sets them
        String lead = signedIn("team-lead", team);
        as(lead).body(body).post(path).then().statusCode(201);

        // another team's lead: as if the team's targets did not exist
        String outsider = signedIn("team-lead", team());
        invalidAs(outsider).get(path).then().statusCode(404);
        invalidAs(outsider).get(path + "/" + id).then().statusCode(404);
        invalidAs(outsider).body(body).post(path).then().statusCode(404);
        invalidAs(outsider).header("If-Match", "\"0\"").body(body).put(path + "/" + id).then().statusCode(404);
        invalidAs(outsider).header("If-Match", "\"0\"").delete(path + "/" + id).then().statusCode(404);
        // a target is found only under its own team
        api().get("/api/teams/" + team() + "/targets/" + id).then().statusCode(404);
        api().get("/api/teams/" + UUID.randomUUID() + "/targets").then().statusCode(404);
        api().get(path).then().body("$", hasSize(3));
    }
}
