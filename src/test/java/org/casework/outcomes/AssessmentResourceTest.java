package org.casework.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.outcomes.Assessments.ONS4;
import static org.casework.outcomes.Assessments.SWEMWBS;
import static org.casework.outcomes.Assessments.body;
import static org.casework.outcomes.Assessments.record;
import static org.casework.support.Api.api;
import static org.casework.support.Api.as;
import static org.casework.support.Api.invalid;
import static org.casework.support.Fixtures.etag;
import static org.casework.support.Fixtures.openCase;
import static org.casework.support.Fixtures.person;
import static org.casework.support.Fixtures.signedIn;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Fixtures.worker;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.casework.support.TestClock;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssessmentResourceTest {

    private static final OffsetDateTime NOW = TestClock.now();

    private record Ctx(String team, String caseId) {
    }

    private static Ctx caseOpenedDaysAgo(int days) {
        String team = team();
        return new Ctx(team, openCase(person(team), team, worker(team), NOW.minusDays(days).toString()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> answer(Map<String, Object> body, int index) {
        return ((List<Map<String, Object>>) body.get("answers")).get(index);
    }

    @Test
    void aWorkerRecordsAnAssessmentAndReadsItBack() {
        Ctx c = caseOpenedDaysAgo(5);
        String worker = signedIn("worker", c.team());
        Map<String, Object> body = body("swemwbs", "joint", SWEMWBS, 3, 4, 2, 3, 3, 4, 4);
        body.put("assessedAt", NOW.minusDays(1).toString());
        Response created = as(worker).body(body).post("/api/cases/" + c.caseId() + "/assessments")
                .then().statusCode(201).header("ETag", equalTo("\"0\"")).extract().response();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/cases/" + c.caseId() + "/assessments/" + id);
        assertThat(created.<String>path("respondent")).isEqualTo("joint");
        assertThat(created.<String>path("recordedByWorkerId")).isNotNull();
        assertThat(created.<Integer>path("rawTotal")).isEqualTo(23);
        assertThat(created.<Float>path("score")).isEqualTo(20.73f);

        as(worker).get("/api/cases/" + c.caseId() + "/assessments/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("answers.item", equalTo(SWEMWBS))
                .body("recordedByWorkerId", equalTo(created.path("recordedByWorkerId")));

        // the recorder is whoever is signed in, never the body
        body.put("recordedByWorkerId", created.path("recordedByWorkerId"));
        invalid().body(body).post("/api/cases/" + c.caseId() + "/assessments").then().statusCode(400)
                .body("errors[0].field", equalTo("recordedByWorkerId"));
    }

    @Test
    void everyBadAnswerIsA400NamingIt() {
        Ctx c = caseOpenedDaysAgo(5);
        String path = "/api/cases/" + c.caseId() + "/assessments";

        Map<String, Object> outOfRange = body("ons4", "self", ONS4, 5, 5, 11, 5);
        invalid().body(outOfRange).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("answers[2].value"))
                .body("errors[0].message", containsString("0 to 10"));

        Map<String, Object> fraction = body("ons4", "self", ONS4, 5, 5, 5, 5);
        answer(fraction, 1).put("value", 3.5);
        invalid().body(fraction).post(path).then().statusCode(400).body("errors[0].field", equalTo("answers[1].value"));

        Map<String, Object> text = body("ons4", "self", ONS4, 5, 5, 5, 5);
        answer(text, 3).put("value", "3");
        invalid().body(text).post(path).then().statusCode(400).body("errors[0].field", equalTo("answers[3].value"));

        Map<String, Object> noValue = body("ons4", "self", ONS4, 5, 5, 5, 5);
        answer(noValue, 0).remove("value");
        invalid().body(noValue).post(path).then().statusCode(400).body("errors[0].field", equalTo("answers[0].value"));

        Map<String, Object> both = body("ons4", "self", ONS4, 5, 5, 5, 5);
        answer(both, 0).put("declined", true);
        invalid().body(both).post(path).then().statusCode(400).body("errors[0].field", equalTo("answers[0]"));

        Map<String, Object> unknown = body("ons4", "self", List.of("life-satisfaction", "worthwhile", "happiness",
                "anxiety", "hunger"), 5, 5, 5, 5, 5);
        invalid().body(unknown).post(path).then().statusCode(400).body("errors[0].field", equalTo("answers[4].item"));

        Map<String, Object> twice = body("ons4", "self", List.of("life-satisfaction", "life-satisfaction",
                "worthwhile", "happiness", "anxiety"), 5, 6, 5, 5, 5);
        invalid().body(twice).post(path).then().statusCode(400).body("errors[0].field", equalTo("answers[1].item"));

        Map<String, Object> missing = body("ons4", "self", List.of("life-satisfaction", "happiness"), 5, 5);
        invalid().body(missing).post(path).then().statusCode(400).body("errors[0].field", equalTo("answers"))
                .body("errors[0].message", containsString("worthwhile, anxiety"));

        // several at once are all listed
        Map<String, Object> several = body("ons4", "self", List.of("life-satisfaction", "worthwhile", "happiness"),
                -1, 5, 12);
        invalid().body(several).post(path).then().statusCode(400)
                .body("errors.field", equalTo(List.of("answers[0].value", "answers[2].value", "answers")));

        invalid().body(body("nope", "self", ONS4, 5, 5, 5, 5)).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("instrument"));
        Map<String, Object> badRespondent = body("ons4", "nobody", ONS4, 5, 5, 5, 5);
        invalid().body(badRespondent).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("respondent"));
        Map<String, Object> future = body("ons4", "self", ONS4, 5, 5, 5, 5);
        future.put("assessedAt", NOW.plusDays(1).toString());
        invalid().body(future).post(path).then().statusCode(400).body("errors[0].field", equalTo("assessedAt"));

        api().get(path).then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void anAssessmentBeforeTheCaseIsA400AndAfterItClosedA409() {
        Ctx c = caseOpenedDaysAgo(10);
        String path = "/api/cases/" + c.caseId() + "/assessments";
        Map<String, Object> before = body("ons4", "self", ONS4, 5, 5, 5, 5);
        before.put("assessedAt", NOW.minusDays(11).toString());
        // as for contacts and moments: before the case is a mistake, after it belongs to a new case
        api().body(before).post(path).then().statusCode(400).body("errors[0].field", equalTo("assessedAt"));

        api().header("If-Match", etag("/api/cases/" + c.caseId()))
                .body(Map.of("reason", "goals-met", "closedAt", NOW.minusDays(2).toString()))
                .post("/api/cases/" + c.caseId() + "/closure").then().statusCode(200);
        api().body(body("ons4", "self", ONS4, 5, 5, 5, 5)).post(path).then().statusCode(409)
                .body("errors[0].field", equalTo("assessedAt"));
        Map<String, Object> whileOpen = body("ons4", "self", ONS4, 5, 5, 5, 5);
        whileOpen.put("assessedAt", NOW.minusDays(5).toString());
        api().body(whileOpen).post(path).then().statusCode(201);
    }

    @Test
    void anotherTeamSeesNoAssessmentsAndMayNotRecordOne() {
        Ctx c = caseOpenedDaysAgo(3);
        String path = "/api/cases/" + c.caseId() + "/assessments";
        String id = record(c.caseId(), body("ons4", "self", ONS4, 5, 5, 5, 5)).path("id");
        String outsider = signedIn("worker", team());
        as(outsider).get(path).then().statusCode(404);
        as(outsider).get(path + "/" + id).then().statusCode(404);
        as(outsider).body(body("ons4", "self", ONS4, 5, 5, 5, 5)).post(path).then().statusCode(404);
        // an id under another case is not found either
        Ctx other = caseOpenedDaysAgo(3);
        api().get("/api/cases/" + other.caseId() + "/assessments/" + id).then().statusCode(404);
        // integration clients record; admins without a team role read only with X-Purpose and never record
        String integration = signedIn("integration", c.team());
        as(integration).body(body("ons4", "self", ONS4, 6, 6, 6, 6)).post(path).then().statusCode(201);
        String admin = signedIn("admin", c.team());
        as(admin).body(body("ons4", "self", ONS4, 6, 6, 6, 6)).post(path).then().statusCode(403);
        as(admin).get(path).then().statusCode(403);
        as(admin).header("X-Purpose", "Complaint C-2026-7").get(path).then().statusCode(200)
                .body("items.size()", equalTo(2));
    }

    @Test
    void assessmentsArePagedNewestFirstAndFiltered() {
        Ctx c = caseOpenedDaysAgo(20);
        String path = "/api/cases/" + c.caseId() + "/assessments";
        List<String> ids = new ArrayList<>();
        for (int day = 5; day >= 1; day--) {
            Map<String, Object> b = day % 2 == 0 ? body("ons4", "worker", ONS4, 5, 5, 5, 5)
                    : body("swemwbs", "self", SWEMWBS, 3, 3, 3, 3, 3, 3, 3);
            b.put("assessedAt", NOW.minusDays(day).toString());
            ids.add(0, record(c.caseId(), b).path("id"));
        }
        Response first = api().get(path + "?limit=2").then().statusCode(200).body("next", notNullValue())
                .extract().response();
        List<String> seen = new ArrayList<>(first.path("items.id"));
        Response second = api().get(first.<String>path("next")).then().statusCode(200).extract().response();
        seen.addAll(second.path("items.id"));
        Response third = api().get(second.<String>path("next")).then().statusCode(200).body("next", nullValue())
                .extract().response();
        seen.addAll(third.path("items.id"));
        assertThat(seen).containsExactlyElementsOf(ids);

        api().get(path + "?respondent=worker").then().statusCode(200).body("items.size()", equalTo(2))
                .body("items.instrument", equalTo(List.of("ons4", "ons4")));
        api().get(path + "?instrument=swemwbs").then().statusCode(200).body("items.size()", equalTo(3))
                .body("items.respondent", hasItem("self"));
        invalid().get(path + "?respondent=nobody").then().statusCode(400)
                .body("errors[0].field", equalTo("respondent"));
        invalid().get(path + "?instrument=nope").then().statusCode(400).body("errors[0].field", equalTo("instrument"));
    }
}
