package org.casework.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.support.Api.api;
import static org.casework.support.Api.as;
import static org.casework.support.Api.invalid;
import static org.casework.support.Api.testerToken;
import static org.casework.support.Fixtures.openCaseSince;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Fixtures.worker;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

import org.casework.support.Fixtures;
import org.casework.support.Fixtures.CaseContext;
import org.casework.support.TestClock;

/**
 * Bulk imports: a file's lines checked exactly as the single-record API checks a body, the refused ones reported by
 * line, the rest stored and audited; loading the same file twice changes nothing; and a chain of people, cases and
 * contacts named by the caller's own references.
 */
@QuarkusTest
class ImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    private static String json(Map<String, Object> line) {
        try {
            return JSON.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String ndjson(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }

    /** Posts a file and answers the import as it is once ended. */
    private static JsonPath imported(String token, String recordType, String contentType, String file) {
        ExtractableResponse<Response> posted = as(token).contentType(contentType)
                .body(file.getBytes(StandardCharsets.UTF_8)).queryParam("recordType", recordType)
                .post("/api/imports").then().statusCode(202).extract();
        String location = posted.header("Location");
        assertThat(location).endsWith("/api/imports/" + posted.path("id"));
        assertThat(posted.<Integer>path("lines")).isPositive();
        return ended(token, posted.path("id"));
    }

    private static JsonPath ended(String token, String id) {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            JsonPath status = as(token).get("/api/imports/" + id).then().statusCode(200).extract().jsonPath();
            if (List.of("finished", "failed").contains(status.getString("status"))) {
                return status;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("import " + id + " did not end within a minute");
    }

    private static List<Map<String, Object>> problems(String token, String id) {
        List<Map<String, Object>> problems = new ArrayList<>();
        String next = "/api/imports/" + id + "/problems?limit=2";
        while (next != null) {
            JsonPath page = as(token).get(next).then().statusCode(200).extract().jsonPath();
            problems.addAll(page.getList("items"));
            next = page.getString("next");
        }
        return problems;
    }

    private static Map<String, Object> contact(CaseContext context, String occurredAt) {
        Map<String, Object> line = new LinkedHashMap<>(Fixtures.interactionBody(context.keyWorkerId(), occurredAt,
                "made"));
        line.put("caseId", context.caseId());
        return line;
    }

    /** What the API answers for the line's body posted to its case: the problem's status, detail and errors. */
    private static Map<String, Object> apiAnswer(String caseId, Map<String, Object> line) {
        Map<String, Object> body = new HashMap<>(line);
        body.remove("caseId");
        body.remove("reference");
        JsonPath answer = invalid().body(body).post("/api/cases/" + caseId + "/interactions").then().extract()
                .jsonPath();
        return Map.of("status", answer.getInt("status"), "detail", answer.getString("detail"), "errors",
                answer.getList("errors"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void contactsAreCheckedAsTheApiChecksThemRefusedLinesAreReportedAndTheRestStoredAndAudited()
            throws SQLException {
        String opened = TestClock.now().minusDays(30).toString();
        CaseContext context = openCaseSince(opened);
        CaseContext elsewhere = openCaseSince(opened);
        String outsider = worker(team());
        String at = TestClock.now().minusDays(2).toString();
        String reference = "crm-" + UUID.randomUUID();

        Map<String, Object> first = contact(context, at);
        first.put("reference", reference);
        first.put("issues", List.of("homelessness", "rent-arrears"));
        first.put("summary", "Came in about a notice to quit; \"urgent\"\\ tabs\tand all");
        Map<String, Object> second = contact(context, TestClock.now().minusDays(1).toString());
        second.put("channel", "home-visit");
        Map<String, Object> noChannel = contact(context, at);
        noChannel.remove("channel");
        Map<String, Object> unknownChannel = contact(context, at);
        unknownChannel.put("channel", "carrier-pigeon");
        Map<String, Object> beforeOpened = contact(context, TestClock.now().minusDays(40).toString());
        Map<String, Object> leadElsewhere = contact(context, at);
        leadElsewhere.put("leadWorkerId", outsider);
        Map<String, Object> repeatedIssue = contact(context, at);
        repeatedIssue.put("issues", List.of("tenancy", "tenancy"));
        Map<String, Object> leadAmongOthers = contact(context, at);
        leadAmongOthers.put("otherWorkerIds", List.of(context.keyWorkerId()));
        Map<String, Object> followUpBefore = contact(context, at);
        followUpBefore.put("followUpOn", TestClock.now().minusDays(10).toLocalDate().toString());
        Map<String, Object> unknownField = contact(context, at);
        unknownField.put("mood", "fine");
        Map<String, Object> sameReference = contact(context, at);
        sameReference.put("reference", reference);
        Map<String, Object> otherTeamsCase = contact(elsewhere, at);
        otherTeamsCase.put("caseId", UUID.randomUUID().toString());
        Map<String, Object> unknownCaseReference = contact(context, at);
        unknownCaseReference.remove("caseId");
        unknownCaseReference.put("caseReference", "no-such-case");

        List<Map<String, Object>> checkedByTheApi = List.of(noChannel, unknownChannel, beforeOpened, leadElsewhere,
                repeatedIssue, leadAmongOthers, followUpBefore, unknownField);
        List<String> lines = new ArrayList<>();
        lines.add(json(first));
        lines.add(json(second));
        lines.add("");
        for (Map<String, Object> line : checkedByTheApi) {
            lines.add(json(line));
        }
        lines.add(json(sameReference));
        lines.add(json(otherTeamsCase));
        lines.add(json(unknownCaseReference));
        lines.add("{\"occurredAt\": ");

        JsonPath done = imported(testerToken(), "interactions", "application/x-ndjson", ndjson(lines));
        assertThat(done.getString("status")).isEqualTo("finished");
        assertThat(done.getInt("lines")).isEqualTo(14);
        assertThat(done.getInt("processed")).isEqualTo(14);
        assertThat(done.getInt("created")).isEqualTo(2);
        assertThat(done.getInt("unchanged")).isEqualTo(1);
        assertThat(done.getInt("refused")).isEqualTo(11);

        List<Map<String, Object>> problems = problems(testerToken(), done.getString("id"));
        assertThat(problems).extracting(p -> p.get("line"))
                .containsExactly(4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15);
        for (int i = 0; i < checkedByTheApi.size(); i++) {
            Map<String, Object> problem = problems.get(i);
            Map<String, Object> api = apiAnswer(context.caseId(), checkedByTheApi.get(i));
            assertThat(Map.of("status", problem.get("status"), "detail", problem.get("detail"), "errors",
                    problem.get("errors"))).as("line %s as the API answers it", problem.get("line")).isEqualTo(api);
        }
        assertThat(problems.get(8).get("errors").toString()).contains("caseId", "is not a known case");
        assertThat(problems.get(9).get("errors").toString()).contains("caseReference",
                "is not the reference of a case you imported");
        assertThat(problems.get(10).get("errors").toString()).contains("is not valid JSON");

        JsonPath stored = api().get("/api/cases/" + context.caseId() + "/interactions").then().statusCode(200)
                .extract().jsonPath();
        assertThat(stored.getList("items")).hasSize(2);
        Map<String, Object> firstStored = stored.getMap("items[1]");
        assertThat(firstStored).containsEntry("summary", first.get("summary")).containsEntry("channel", "phone")
                .containsEntry("leadWorkerId", context.keyWorkerId()).containsEntry("personId", context.personId())
                .containsEntry("teamId", context.teamId());
        assertThat((List<Object>) firstStored.get("issues")).containsExactlyInAnyOrder("homelessness", "rent-arrears");
        assertThat(count("select count(*) from audit_event a join interaction i on i.id = a.resource_id "
                + "where i.case_id = ? and a.resource_type = 'interaction' and a.action = 'create' "
                + "and a.purpose = ?", context.caseId(), "import " + done.getString("id"))).isEqualTo(2);

        JsonPath again = imported(testerToken(), "interactions", "application/x-ndjson",
                ndjson(List.of(json(first))));
        assertThat(again.getInt("created")).isZero();
        assertThat(again.getInt("unchanged")).isEqualTo(1);
        assertThat(api().get("/api/cases/" + context.caseId() + "/interactions").then().extract()
                .jsonPath().getList("items")).hasSize(2);
    }

    private long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i] instanceof String s && s.length() == 36
                        ? UUID.fromString(s) : parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
