package org.casework.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.support.Api.api;
import static org.casework.support.Api.as;
import static org.casework.support.Api.invalid;
import static org.casework.support.Api.testerToken;
import static org.casework.support.Fixtures.openCaseSince;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Fixtures.worker;
import static org.casework.support.Identifiers.nhsNumber;

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
import org.casework.support.Identifiers;
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

    /** What the API answers for a case's body: the problem's status, detail and errors. */
    private static Map<String, Object> apiAnswerForCase(Map<String, Object> line) {
        Map<String, Object> body = new HashMap<>(line);
        body.remove("reference");
        JsonPath answer = invalid().body(body).post("/api/cases").then().extract().jsonPath();
        return Map.of("status", answer.getInt("status"), "detail", answer.getString("detail"), "errors",
                answer.getList("errors"));
    }

    @Test
    void casesAreCheckedAsTheApiChecksThemAndStoredWithTheirNeedsAndGoals() throws SQLException {
        String team = team();
        String keyWorker = worker(team);
        // a team the tester is not in, and a person only it sees
        String elsewhere = api().body(Map.of("name", Fixtures.unique("Team"))).post("/api/teams").then()
                .statusCode(201).extract().path("id");
        String outsider = worker(elsewhere);
        String unseen = as(Fixtures.signedIn("worker", elsewhere)).body(Fixtures.personBody(elsewhere))
                .post("/api/people").then().statusCode(201).extract().path("id");
        String first = Fixtures.person(team);
        String second = Fixtures.person(team);
        String third = Fixtures.person(team);
        String reference = "case-" + UUID.randomUUID();

        Map<String, Object> opened = new LinkedHashMap<>(Map.of("reference", reference, "personId", first,
                "teamId", team, "keyWorkerId", keyWorker, "summary", "Notice to quit", "openedAt",
                TestClock.now().minusDays(3).toString(), "needs", List.of(
                        Map.of("domain", "housing", "description", "  Notice to quit  "),
                        Map.of("domain", "money", "description", "Arrears")),
                "goals", List.of(Map.of("inTheirWords", "Stay near my sister", "domain",
                        "suitability-of-living-accommodation"), Map.of("inTheirWords", "Sleep", "achieved", true))));
        Map<String, Object> sameTeamAgain = new LinkedHashMap<>(Map.of("personId", first, "teamId", team,
                "keyWorkerId", keyWorker));
        Map<String, Object> keyWorkerElsewhere = new LinkedHashMap<>(Map.of("personId", second, "teamId", team,
                "keyWorkerId", outsider));
        Map<String, Object> notOurTeam = new LinkedHashMap<>(Map.of("personId", second, "teamId", elsewhere,
                "keyWorkerId", outsider));
        Map<String, Object> unknownNeed = new LinkedHashMap<>(Map.of("personId", second, "teamId", team,
                "keyWorkerId", keyWorker, "needs", List.of(Map.of("domain", "astrology", "description", "Stars"))));
        Map<String, Object> unseenPerson = new LinkedHashMap<>(Map.of("personId", unseen, "teamId", team,
                "keyWorkerId", keyWorker));
        Map<String, Object> sameReference = new LinkedHashMap<>(Map.of("reference", reference, "personId", third,
                "teamId", team, "keyWorkerId", keyWorker));

        JsonPath done = imported(testerToken(), "cases", "application/x-ndjson", ndjson(List.of(json(opened),
                json(sameTeamAgain), json(keyWorkerElsewhere), json(notOurTeam), json(unknownNeed),
                json(unseenPerson), json(sameReference))));
        assertThat(done.getString("status")).isEqualTo("finished");
        assertThat(done.getInt("created")).isEqualTo(1);
        assertThat(done.getInt("unchanged")).isEqualTo(1);
        assertThat(done.getInt("refused")).isEqualTo(5);

        List<Map<String, Object>> problems = problems(testerToken(), done.getString("id"));
        assertThat(problems).extracting(p -> p.get("line")).containsExactly(2, 3, 4, 5, 6);
        List<Map<String, Object>> refused = List.of(sameTeamAgain, keyWorkerElsewhere, notOurTeam, unknownNeed,
                unseenPerson);
        for (int i = 0; i < refused.size(); i++) {
            Map<String, Object> problem = problems.get(i);
            assertThat(Map.of("status", problem.get("status"), "detail", problem.get("detail"), "errors",
                    problem.get("errors"))).as("line %s as the API answers it", problem.get("line"))
                    .isEqualTo(apiAnswerForCase(refused.get(i)));
        }

        JsonPath stored = api().queryParam("personId", first).get("/api/cases").then().statusCode(200).extract()
                .jsonPath();
        assertThat(stored.getList("items")).hasSize(1);
        assertThat(stored.getList("items[0].needs.description")).containsExactly("Notice to quit", "Arrears");
        assertThat(stored.getList("items[0].goals.inTheirWords")).containsExactly("Stay near my sister", "Sleep");
        assertThat(stored.getList("items[0].goals.achieved")).containsExactly(false, true);
        assertThat(stored.getString("items[0].keyWorkerId")).isEqualTo(keyWorker);
        assertThat(count("select count(*) from audit_event where resource_type = 'case' and action = 'create' "
                + "and person_id = ? and purpose = ?", first, "import " + done.getString("id"))).isEqualTo(1);
        assertThat(api().queryParam("personId", third).get("/api/cases").then().extract().jsonPath()
                .getList("items")).isEmpty();
    }

    @Test
    void newPeopleLoadTogetherAndThoseRegistrationMustDecideGoThroughItLinksAndDuplicatesAsTheApiAnswersThem()
            throws SQLException {
        // someone another team knows, by their NHS number
        String housing = team();
        String knownNhs = nhsNumber();
        Map<String, Object> knownBody = Fixtures.personBody(housing);
        knownBody.put("externalIds", List.of(Map.of("system", "nhs-number", "value", knownNhs)));
        String known = api().body(knownBody).post("/api/people").then().statusCode(201).extract().path("id");
        // the importer works in another team only
        String support = api().body(Map.of("name", Fixtures.unique("Team"))).post("/api/teams").then()
                .statusCode(201).extract().path("id");
        String importer = Fixtures.signedIn("worker", support);

        String run = UUID.randomUUID().toString().substring(0, 8);
        String firstNhs = nhsNumber();
        String twiceNhs = nhsNumber();
        List<Map<String, Object>> people = new ArrayList<>();
        for (String[] line : new String[][] { { "a", firstNhs }, { "linked", Identifiers.spaced(knownNhs) },
                { "c", null }, { "again", firstNhs }, { "bad", "1234567890" }, { "twice-1", twiceNhs },
                { "twice-2", twiceNhs } }) {
            Map<String, Object> body = new LinkedHashMap<>(Fixtures.personBody(support));
            body.put("reference", line[0] + "-" + run);
            if (line[1] != null) {
                body.put("externalIds", List.of(Map.of("system", "nhs-number", "value", line[1])));
            }
            people.add(body);
        }
        JsonPath done = imported(importer, "people", "application/x-ndjson",
                ndjson(people.stream().map(ImportTest::json).toList()));
        assertThat(done.getString("status")).isEqualTo("finished");
        assertThat(done.getInt("created")).as("a, the link, c, twice-1").isEqualTo(4);
        assertThat(done.getInt("refused")).isEqualTo(3);

        List<Map<String, Object>> problems = problems(importer, done.getString("id"));
        assertThat(problems).extracting(p -> p.get("line")).containsExactly(4, 5, 7);
        assertThat(problems).extracting(p -> p.get("reference"))
                .containsExactly("again-" + run, "bad-" + run, "twice-2-" + run);
        for (Map<String, Object> problem : problems) {
            Map<String, Object> body = new HashMap<>(people.get((Integer) problem.get("line") - 1));
            body.remove("reference");
            JsonPath api = as(importer).body(body).post("/api/people").then().extract().jsonPath();
            assertThat(Map.of("status", problem.get("status"), "detail", problem.get("detail"), "errors",
                    problem.get("errors"))).as("line %s as the API answers it", problem.get("line"))
                    .isEqualTo(Map.of("status", api.getInt("status"), "detail", api.getString("detail"), "errors",
                            api.getList("errors")));
        }
        assertThat(problems.get(0).get("errors").toString()).contains("is already the identifier of person");

        // the link: the team now sees the known person, and the reference names them
        as(importer).get("/api/people/" + known).then().statusCode(200);
        assertThat(count("select count(*) from import_reference where reference = ? and record_id = ?",
                "linked-" + run, known)).isEqualTo(1);
        assertThat(count("select count(*) from audit_event where purpose = ? and action = 'create' "
                + "and resource_type = 'person-link'", "import " + done.getString("id"))).isEqualTo(1);
        assertThat(count("select count(*) from audit_event where purpose = ? and action = 'create' "
                + "and resource_type = 'person'", "import " + done.getString("id"))).isEqualTo(3);
        JsonPath first = as(importer).queryParam("identifierSystem", "nhs-number")
                .queryParam("identifierValue", firstNhs).get("/api/people").then().statusCode(200).extract()
                .jsonPath();
        assertThat(first.getList("items")).hasSize(1);
        assertThat(as(importer).get("/api/people/" + first.getString("items[0].id")).then().statusCode(200)
                .extract().jsonPath().getList("strengths")).containsExactly("Resourceful");
    }

    @Test
    void aChainOfPeopleCasesAndContactsNamedByTheCallersReferencesLoadsFromCsvAndNdjsonAndLoadsOnce() {
        String team = team();
        String keyWorker = worker(team);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String people = "\uFEFFreference,registeredByTeamId,preferredName,fullName,dateOfBirth,strengths,"
                + "contactPreferences.phone,consentToShareAcrossTeams\n"
                + "p1-" + run + "," + team + ",Jo,\"Evans, Joanna\",1988-03-14,Resourceful;Funny,01234 567890,true\n"
                + "p2-" + run + "," + team + ",Sam,Sam Jones,1990-01-02,,,false\n"
                + "p3-" + run + "," + team + ",,No Preferred Name,1990-01-02,,,\n"
                + "p4-" + run + "," + UUID.randomUUID() + ",Al,Al Unknown,1990-01-02,,,\n";
        JsonPath loadedPeople = imported(testerToken(), "people", "text/csv", people);
        assertThat(loadedPeople.getString("format")).isEqualTo("csv");
        assertThat(loadedPeople.getInt("created")).isEqualTo(2);
        assertThat(loadedPeople.getInt("refused")).isEqualTo(2);
        List<Map<String, Object>> refusedPeople = problems(testerToken(), loadedPeople.getString("id"));
        assertThat(refusedPeople.get(0)).containsEntry("line", 4).containsEntry("reference", "p3-" + run);
        assertThat(refusedPeople.get(0).get("errors").toString()).contains("preferredName");
        // refused by the service itself, after the line read well: the line rolls back alone
        assertThat(refusedPeople.get(1)).containsEntry("line", 5).containsEntry("reference", "p4-" + run)
                .containsEntry("status", 400);
        assertThat(refusedPeople.get(1).get("errors").toString()).contains("registeredByTeamId",
                "is not a known team");

        String opened = TestClock.now().minusDays(20).toString();
        String cases = ndjson(List.of(
                json(Map.of("reference", "c1-" + run, "personReference", "p1-" + run, "teamId", team,
                        "keyWorkerId", keyWorker, "openedAt", opened, "needs",
                        List.of(Map.of("domain", "housing", "description", "Notice to quit")))),
                json(Map.of("reference", "c2-" + run, "personReference", "nobody-" + run, "teamId", team,
                        "keyWorkerId", keyWorker))));
        JsonPath loadedCases = imported(testerToken(), "cases", "application/x-ndjson", cases);
        assertThat(loadedCases.getInt("created")).isEqualTo(1);
        assertThat(problems(testerToken(), loadedCases.getString("id")).get(0).get("errors").toString())
                .contains("personReference", "is not the reference of a person you imported");

        String contacts = "reference,caseReference,occurredAt,contactStatus,channel,initiator,issues,"
                + "durationMinutes\n"
                + "i1-" + run + ",c1-" + run + "," + TestClock.now().minusDays(3) + ",made,phone,person,"
                + "homelessness;rent-arrears,25\n"
                + "i2-" + run + ",c1-" + run + "," + TestClock.now().minusDays(2) + ",made,phone,person,,"
                + "twenty\n";
        JsonPath loadedContacts = imported(testerToken(), "interactions", "text/csv", contacts);
        assertThat(loadedContacts.getInt("created")).isEqualTo(1);
        assertThat(problems(testerToken(), loadedContacts.getString("id")).get(0).get("errors").toString())
                .contains("durationMinutes", "must be a whole number");

        String personId = api().queryParam("name", "Evans, Joanna").get("/api/people").then().statusCode(200)
                .extract().path("items[0].id");
        JsonPath person = api().get("/api/people/" + personId).then().statusCode(200).extract().jsonPath();
        assertThat(person.getList("strengths")).containsExactly("Resourceful", "Funny");
        assertThat(person.getString("contactPreferences.phone")).isEqualTo("01234 567890");
        String caseId = api().queryParam("personId", personId).get("/api/cases").then().statusCode(200).extract()
                .path("items[0].id");
        JsonPath contact = api().get("/api/cases/" + caseId + "/interactions").then().statusCode(200).extract()
                .jsonPath();
        assertThat(contact.getList("items")).hasSize(1);
        assertThat(contact.getInt("items[0].durationMinutes")).isEqualTo(25);
        assertThat(contact.getString("items[0].leadWorkerId")).as("the caller, a team lead, led it")
                .isEqualTo(api().get("/api/me").then().extract().path("workerId"));

        JsonPath again = imported(testerToken(), "people", "text/csv", people);
        assertThat(again.getInt("created")).isZero();
        assertThat(again.getInt("unchanged")).isEqualTo(2);
        assertThat(again.getInt("refused")).isEqualTo(2);
        assertThat(api().queryParam("name", "Evans, Joanna").get("/api/people").then().extract().jsonPath()
                .getList("items")).hasSize(1);
    }

    @Test
    void anImportIsItsPostersAloneAndEachLineIsScopedAsTheApiIs() throws SQLException {
        CaseContext context = openCaseSince(TestClock.now().minusDays(5).toString());
        String outsider = Fixtures.signedIn("team-lead", team());
        Map<String, Object> line = contact(context, TestClock.now().minusDays(1).toString());
        line.remove("leadWorkerId");
        JsonPath done = imported(outsider, "interactions", "application/x-ndjson", ndjson(List.of(json(line))));
        assertThat(done.getInt("refused")).isEqualTo(1);
        assertThat(problems(outsider, done.getString("id")).get(0).get("errors").toString())
                .contains("caseId", "is not a known case");
        assertThat(count("select count(*) from interaction where case_id = ?", context.caseId())).isZero();

        as(testerToken()).get("/api/imports/" + done.getString("id")).then().statusCode(404);
        as(testerToken()).get("/api/imports/" + done.getString("id") + "/problems").then().statusCode(404);
        assertThat(as(outsider).get("/api/imports").then().statusCode(200).extract().jsonPath()
                .getList("items.id")).containsExactly(done.getString("id"));
    }

    @Test
    void aFileThatCannotBeReadIsRefusedWholeAndStoresNothing() throws SQLException {
        team(); // the tester leads a team: a caseworker, who may import
        long before = count("select count(*) from import_job");
        invalid().contentType("application/x-ndjson").body("{}\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/imports").then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers
                        .equalTo("recordType"));
        invalid().contentType("application/x-ndjson").body("\n\n".getBytes(StandardCharsets.UTF_8))
                .queryParam("recordType", "people").post("/api/imports").then().statusCode(400)
                .body("errors[0].message", org.hamcrest.Matchers.containsString("no lines"));
        invalid().contentType("application/x-ndjson").body(new byte[] { '{', '}', '\n', (byte) 0xC3, '(', '\n' })
                .queryParam("recordType", "people").post("/api/imports").then().statusCode(400)
                .body("errors[0].message", org.hamcrest.Matchers.equalTo(
                        "Line 2 is not UTF-8; nothing was imported"));
        invalid().contentType("text/csv").body("reference,mood\nx,fine\n".getBytes(StandardCharsets.UTF_8))
                .queryParam("recordType", "people").post("/api/imports").then().statusCode(400)
                .body("errors[0].message", org.hamcrest.Matchers.containsString("names mood"));
        invalid().contentType("text/csv").body("reference,needs\nx,y\n".getBytes(StandardCharsets.UTF_8))
                .queryParam("recordType", "cases").post("/api/imports").then().statusCode(400)
                .body("errors[0].message", org.hamcrest.Matchers.containsString("send these records as NDJSON"));
        invalid().contentType("application/json").body("[{}]").queryParam("recordType", "people")
                .post("/api/imports").then().statusCode(415);
        assertThat(count("select count(*) from import_job")).isEqualTo(before);
    }

    @Test
    void everyOtherRequestBodyStaysWithinTenMegabytes() {
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(large, (byte) ' ');
        // past the contract's validator, which would read the body: any operation may answer this 413
        io.restassured.RestAssured.given().auth().oauth2(testerToken()).contentType("application/json")
                .body(large).post("/api/people").then().statusCode(413)
                .body("detail", org.hamcrest.Matchers.containsString("/api/imports"));
    }

    @Test
    void anImportLeftByAnInstanceThatStoppedIsTakenOverFromItsLastCommittedChunk() throws SQLException {
        CaseContext context = openCaseSince(TestClock.now().minusDays(5).toString());
        String testerId = api().get("/api/me").then().extract().path("workerId");
        UUID id = UUID.randomUUID();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            lines.add(json(contact(context, TestClock.now().minusHours(10 - i).toString())));
        }
        try (Connection connection = dataSource.getConnection()) {
            // lines 1 to 3 were loaded (and deleted with their chunk's commit) before the instance stopped
            try (PreparedStatement job = connection.prepareStatement("""
                    insert into import_job (id, record_type, format, status, username, worker_id, roles, request_id,
                                            lines, processed, last_line, created, received_at, started_at, claim,
                                            claimed_until)
                    values (?, 'interactions', 'ndjson', 'running', 'tester', ?, '{team-lead}', 'left', 5, 3, 3, 3,
                            now(), now(), gen_random_uuid(), now() - interval '1 second')""")) {
                job.setObject(1, id);
                job.setObject(2, UUID.fromString(testerId));
                job.executeUpdate();
            }
            try (PreparedStatement line = connection.prepareStatement(
                    "insert into import_line (import_id, line, body) values (?, ?, ?)")) {
                for (int i = 3; i < 5; i++) {
                    line.setObject(1, id);
                    line.setInt(2, i + 1);
                    line.setString(3, lines.get(i));
                    line.addBatch();
                }
                line.executeBatch();
            }
        }
        JsonPath done = ended(testerToken(), id.toString());
        assertThat(done.getString("status")).isEqualTo("finished");
        assertThat(done.getInt("processed")).isEqualTo(5);
        assertThat(done.getInt("created")).isEqualTo(5);
        assertThat(count("select count(*) from interaction where case_id = ?", context.caseId())).isEqualTo(2);
        assertThat(count("select count(*) from import_line where import_id = ?", id.toString())).isZero();
    }

    @Test
    void anImportWhosePosterIsNoLongerAnActiveCaseworkerStopsAndStoresNothing() throws SQLException {
        CaseContext context = openCaseSince(TestClock.now().minusDays(5).toString());
        String username = "w." + UUID.randomUUID().toString().substring(0, 12);
        String token = Fixtures.signedInAs(username, "worker", context.teamId());
        String workerId = as(token).get("/api/me").then().statusCode(200).extract().path("workerId");
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection()) {
            // posted while they were active, and not yet claimed when an admin deactivated them
            try (PreparedStatement job = connection.prepareStatement("""
                    insert into import_job (id, record_type, format, status, username, worker_id, roles, request_id,
                                            lines, received_at)
                    values (?, 'interactions', 'ndjson', 'queued', ?, ?, '{worker}', 'gone', 1, now())""")) {
                job.setObject(1, id);
                job.setString(2, username);
                job.setObject(3, UUID.fromString(workerId));
                job.executeUpdate();
            }
            try (PreparedStatement line = connection.prepareStatement(
                    "insert into import_line (import_id, line, body) values (?, 1, ?)");
                    PreparedStatement deactivate = connection.prepareStatement(
                            "update worker set active = false where id = ?")) {
                line.setObject(1, id);
                line.setString(2, json(contact(context, TestClock.now().minusHours(2).toString())));
                deactivate.setObject(1, UUID.fromString(workerId));
                deactivate.executeUpdate();
                line.executeUpdate();
            }
        }
        // nobody can read it through the API now: its poster may not sign in, and it is nobody else's
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (count("select count(*) from import_job where id = ? and status = 'failed' and processed = 0 "
                + "and failure like '%no longer an active caseworker%'", id.toString()) == 0) {
            assertThat(Instant.now()).as("the import failed within a minute").isBefore(until);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertThat(count("select count(*) from interaction where case_id = ?", context.caseId())).isZero();
        assertThat(count("select count(*) from import_line where import_id = ?", id.toString())).isZero();
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
