package org.casework.support;

import static org.casework.support.Api.api;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Small builders that create test data through the API; each call makes new, uniquely named records. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new team, with the tester as one of its team leads. */
    public static String team() {
        String id = api().body(Map.of("name", unique("Team"))).post("/api/teams")
                .then().statusCode(201).extract().path("id");
        joinAsTester(id);
        return id;
    }

    /** The most teams a worker may belong to (WorkerRequest). */
    private static final int MOST_TEAMS = 50;
    /** How many of the tester's newest teams stay when room is made: more than any test makes. */
    private static final int KEPT_TEAMS = 20;

    /**
     * Adds the team to the tester's, as the database holds them now, so no test depends on the ones before it or on
     * a restart with another test profile having emptied the database. The tester starts as the test profile's
     * bootstrap admin and is made a team lead (and still an admin) of the test teams; a worker belongs to at most
     * 50 teams, so when the tester is in 50 all but the newest are let go.
     */
    private static void joinAsTester(String teamId) {
        String testerId = api().get("/api/me").then().statusCode(200).extract().path("workerId");
        var tester = api().get("/api/workers/" + testerId).then().statusCode(200).extract();
        List<String> teams = new ArrayList<>(tester.<List<String>>path("teamIds"));
        if (teams.size() >= MOST_TEAMS) {
            teams = newest(teams, KEPT_TEAMS - 1);
        }
        teams.add(teamId);
        api().header("If-Match", tester.header("ETag"))
                .body(Map.of("username", Api.TESTER, "displayName", "Test Lead", "roles", List.of("team-lead", "admin"),
                        "teamIds", teams))
                .put("/api/workers/" + testerId).then().statusCode(200);
    }

    /** The {@code count} teams created last, by their creation time. */
    private static List<String> newest(List<String> teamIds, int count) {
        Map<String, OffsetDateTime> created = new HashMap<>();
        for (String id : teamIds) {
            created.put(id, OffsetDateTime.parse(api().get("/api/teams/" + id).then().statusCode(200).extract()
                    .path("createdAt")));
        }
        return teamIds.stream().sorted(Comparator.comparing(created::get, Comparator.reverseOrder())).limit(count)
                .collect(Collectors.toCollection(ArrayList::new));
    }

    public static Map<String, Object> personBody(String teamId) {
        Map<String, Object> body = new HashMap<>();
        body.put("registeredByTeamId", teamId);
        body.put("preferredName", "Jo");
        body.put("fullName", unique("Joanna Evans"));
        body.put("dateOfBirth", "1988-03-14");
        body.put("strengths", List.of("Resourceful"));
        return body;
    }

    public static String person(String teamId) {
        return api().body(personBody(teamId)).post("/api/people").then().statusCode(201).extract().path("id");
    }

    public static String worker(String... teamIds) {
        return workerWithRole("worker", teamIds);
    }

    public static String workerWithRole(String role, String... teamIds) {
        String username = "w." + UUID.randomUUID().toString().substring(0, 12);
        return api().body(Map.of("username", username, "displayName", unique("Worker"), "roles", List.of(role),
                        "teamIds", List.of(teamIds)))
                .post("/api/workers").then().statusCode(201).extract().path("id");
    }

    /** A new worker with that role in the teams, signed in: the bearer token they would get. */
    public static String signedIn(String role, String... teamIds) {
        return signedInAs("w." + UUID.randomUUID().toString().substring(0, 12), role, teamIds);
    }

    /** A new worker of that username and role in the teams (a new team when none is named), signed in. */
    public static String signedInAs(String username, String role, String... teamIds) {
        List<String> teams = teamIds.length == 0 ? List.of(team()) : List.of(teamIds);
        api().body(Map.of("username", username, "displayName", unique("Worker"), "roles", List.of(role),
                "teamIds", teams)).post("/api/workers").then().statusCode(201);
        return Tokens.of(username, role);
    }

    /** A new admin worker, signed in: admins need a worker record like everyone else. */
    public static String admin() {
        return signedIn("admin");
    }

    /** A person with an open case in a new team, key worker included. */
    public record CaseContext(String teamId, String personId, String keyWorkerId, String caseId) {
    }

    /** A person with a case opened at {@code openedAt} in a new team, so contacts can be placed after it. */
    public static CaseContext openCaseSince(String openedAt) {
        String team = team();
        String worker = worker(team);
        String person = person(team);
        return new CaseContext(team, person, worker, openCase(person, team, worker, openedAt));
    }

    public static CaseContext openCase() {
        String team = team();
        String worker = worker(team);
        String person = person(team);
        return new CaseContext(team, person, worker, openCase(person, team, worker, null));
    }

    public static String openCase(String personId, String teamId, String keyWorkerId, String openedAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", personId);
        body.put("teamId", teamId);
        body.put("keyWorkerId", keyWorkerId);
        if (openedAt != null) {
            body.put("openedAt", openedAt);
        }
        return api().body(body).post("/api/cases").then().statusCode(201).extract().path("id");
    }

    /** A contact body with the required fields; tests add or change the rest. */
    public static Map<String, Object> interactionBody(String leadWorkerId, String occurredAt, String contactStatus) {
        Map<String, Object> body = new HashMap<>();
        body.put("occurredAt", occurredAt);
        body.put("contactStatus", contactStatus);
        body.put("channel", "phone");
        body.put("initiator", "worker");
        body.put("leadWorkerId", leadWorkerId);
        return body;
    }

    public static String interaction(String caseId, String leadWorkerId, String occurredAt, String contactStatus) {
        return api().body(interactionBody(leadWorkerId, occurredAt, contactStatus))
                .post("/api/cases/" + caseId + "/interactions").then().statusCode(201).extract().path("id");
    }

    /** A contact on the case: who started it, how, and the issue categories it was about. */
    public static String contact(String caseId, String leadWorkerId, String occurredAt, String contactStatus,
            String initiator, String channel, String... issues) {
        Map<String, Object> body = interactionBody(leadWorkerId, occurredAt, contactStatus);
        body.put("initiator", initiator);
        body.put("channel", channel);
        body.put("issues", List.of(issues));
        return api().body(body).post("/api/cases/" + caseId + "/interactions").then().statusCode(201).extract()
                .path("id");
    }

    public static void closeCase(String caseId, String reason, String closedAt) {
        api().header("If-Match", etag("/api/cases/" + caseId)).body(Map.of("reason", reason, "closedAt", closedAt))
                .post("/api/cases/" + caseId + "/closure").then().statusCode(200);
    }

    /** A target's body; {@code days} only for the within-N-days metrics. */
    public static Map<String, Object> targetBody(String metric, Integer days, String comparator, Object threshold,
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

    public static String target(String teamId, String metric, Integer days, String comparator, Object threshold,
            String period) {
        return api().body(targetBody(metric, days, comparator, threshold, period))
                .post("/api/teams/" + teamId + "/targets").then().statusCode(201).extract().path("id");
    }

    public static String etag(String path) {
        return api().get(path).then().statusCode(200).extract().header("ETag");
    }
}
