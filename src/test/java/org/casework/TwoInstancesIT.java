package org.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import org.casework.support.Api;
import org.casework.support.Fixtures;
import org.casework.support.Receiver;
import org.casework.support.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged jar against one PostgreSQL, as behind a load balancer: nothing one instance gives a
 * client (an idempotency key's answer, a page's cursor, a change feed position) fails on the other; both send
 * webhooks, and no event goes out twice; and a delivery the instance sending it was killed over is sent by the
 * instance started after it. On a database of its own (casework_scale, which make db creates), emptied by the first
 * instance to start.
 */
class TwoInstancesIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final String CURSOR_KEY = randomKey();

    private static Instance first;
    private static Instance second;

    /** One running jar, its port and log. */
    private record Instance(String name, int port, Process process, Path log) {

        static Instance start(String name, boolean emptiesTheDatabase) throws Exception {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path log = Path.of("target", "two-instances-" + name + ".log");
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx512m", "-jar", JAR.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
            Map<String, String> env = builder.environment();
            env.put("QUARKUS_PROFILE", "local");
            env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
            env.put("CASEWORK_DB_URL", "jdbc:postgresql://127.0.0.1:5432/casework_scale");
            env.put("CASEWORK_DB_POOL_SIZE", "5");
            env.put("CASEWORK_DEMO_DATA_ENABLED", "false");
            env.put("CASEWORK_BOOTSTRAP_ADMIN", Api.TESTER);
            env.put("CASEWORK_RATE_LIMIT_ENABLED", "false");
            env.put("CASEWORK_CURSOR_KEY", CURSOR_KEY);
            env.put("CASEWORK_WEBHOOKS_SEND_EVERY", "1s");
            env.put("CASEWORK_WEBHOOKS_TIMEOUT", "PT2S");
            env.put("CASEWORK_WEBHOOKS_CLAIM_MARGIN", "PT1S");
            // imports in small chunks, claims that lapse soon: an import outlives the instance loading it
            env.put("CASEWORK_IMPORTS_CHUNK_LINES", "10");
            env.put("CASEWORK_IMPORTS_CLAIM_FOR", "PT3S");
            env.put("QUARKUS_FLYWAY_CLEAN_DISABLED", Boolean.toString(!emptiesTheDatabase));
            env.put("QUARKUS_FLYWAY_CLEAN_AT_START", Boolean.toString(emptiesTheDatabase));
            Instance instance = new Instance(name, port, builder.start(), log);
            instance.awaitReady();
            return instance;
        }

        private void awaitReady() throws Exception {
            HttpClient http = HttpClient.newHttpClient();
            long until = System.currentTimeMillis() + 120_000;
            while (System.currentTimeMillis() < until) {
                if (!process.isAlive()) {
                    throw new AssertionError("instance " + name + " stopped while starting:\n" + Files.readString(log));
                }
                try {
                    HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (ready.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(250);
            }
            throw new AssertionError("instance " + name + " was not ready within 2 minutes:\n" + Files.readString(log));
        }

        RequestSpecification as(String token) {
            return Api.as(token).port(port);
        }

        void stop() throws InterruptedException {
            process.destroy();
            process.waitFor();
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @BeforeAll
    static void startTwo() throws Exception {
        first = Instance.start("first", true);
        second = Instance.start("second", false);
    }

    @AfterAll
    static void stopAll() throws InterruptedException {
        for (Instance instance : new Instance[] { first, second }) {
            if (instance != null && instance.process().isAlive()) {
                instance.stop();
            }
        }
    }

    @Test
    void eitherInstanceAnswersWhatTheOtherBeganAndWebhooksGoOutOnceAndSurviveAKilledInstance() throws Exception {
        String admin = Tokens.of(Api.TESTER, "admin");
        String team = first.as(admin).body(Map.of("name", Fixtures.unique("Team"))).post("/api/teams").then()
                .statusCode(201).extract().path("id");
        String lead = "lead." + UUID.randomUUID().toString().substring(0, 8);
        second.as(admin).body(Map.of("username", lead, "displayName", "Lead", "roles", List.of("team-lead"),
                "teamIds", List.of(team))).post("/api/workers").then().statusCode(201);
        String token = Tokens.of(lead, "team-lead");

        // a POST retried on the other instance with its Idempotency-Key is answered again, not done twice
        String key = UUID.randomUUID().toString();
        Map<String, Object> jo = Fixtures.personBody(team);
        String joId = first.as(token).header("Idempotency-Key", key).body(jo).post("/api/people").then()
                .statusCode(201).extract().path("id");
        second.as(token).header("Idempotency-Key", key).body(jo).post("/api/people").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(joId));

        // a page's cursor from one instance opens on the other (the same casework.cursor-key)
        String other = second.as(token).body(Fixtures.personBody(team)).post("/api/people").then().statusCode(201)
                .extract().path("id");
        JsonPath page = first.as(token).get("/api/people?limit=1&name=Joanna").then().statusCode(200).extract()
                .jsonPath();
        List<String> people = new ArrayList<>(page.getList("items.id"));
        people.addAll(second.as(token).get(page.getString("next")).then().statusCode(200).extract()
                .<List<String>>path("items.id"));
        assertThat(people).containsExactlyInAnyOrder(joId, other);

        // the change feed, read on both: a position from one goes on on the other
        JsonPath feed = first.as(token).get("/api/changes").then().statusCode(200).extract().jsonPath();
        assertThat(feed.<String>getList("items.recordId")).containsExactly(joId, other);
        String third = first.as(token).body(Fixtures.personBody(team)).post("/api/people").then().statusCode(201)
                .extract().path("id");
        second.as(token).get(feed.getString("next")).then().statusCode(200).body("items.recordId",
                equalTo(List.of(third)));

        try (Receiver receiver = new Receiver()) {
            // both instances send; every event goes out, and none twice
            second.as(admin).body(Map.of("url", receiver.url(), "eventTypes", List.of("person.created"), "teamIds",
                    List.of(team))).post("/api/webhooks").then().statusCode(201);
            List<String> created = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Instance instance = i % 2 == 0 ? first : second;
                created.add(instance.as(token).body(Fixtures.personBody(team)).post("/api/people").then()
                        .statusCode(201).extract().path("id"));
            }
            receiver.await(r -> r.size() >= 20, 30_000);
            Thread.sleep(1500);
            List<Receiver.Received> sent = receiver.received();
            assertThat(sent).extracting(r -> r.header("webhook-id")).doesNotHaveDuplicates().hasSize(20);
            assertThat(sent.stream().map(r -> JsonPath.from(r.body()).getString("data.recordId"))
                    .collect(Collectors.toSet())).isEqualTo(Set.copyOf(created));

            // one instance left, killed while it waits for the receiver: the next instance to start sends again
            second.stop();
            receiver.stall();
            first.as(token).body(Fixtures.personBody(team)).post("/api/people").then().statusCode(201);
            Receiver.Received held = receiver.await(r -> r.size() >= 21, 30_000).get(20);
            first.kill();
            receiver.release();
            second = Instance.start("second-again", false);
            List<Receiver.Received> after = receiver.await(r -> r.size() >= 22, 30_000);
            assertThat(after.get(21).header("webhook-id")).isEqualTo(held.header("webhook-id"));
            assertThat(after.get(21).body()).isEqualTo(held.body());
            Map<String, Integer> perId = new HashMap<>();
            after.forEach(r -> perId.merge(r.header("webhook-id"), 1, Integer::sum));
            assertThat(perId.values().stream().filter(n -> n > 1).count()).as("sent twice: only the held one")
                    .isEqualTo(1);
        }

        // an import loaded by an instance that is killed half-way is finished by the next, each line once
        String leadId = second.as(token).get("/api/me").then().statusCode(200).extract().path("workerId");
        String personId = second.as(token).body(Fixtures.personBody(team)).post("/api/people").then()
                .statusCode(201).extract().path("id");
        String caseId = second.as(token).body(Map.of("personId", personId, "teamId", team, "keyWorkerId", leadId,
                "openedAt", java.time.OffsetDateTime.now().minusDays(30).toString())).post("/api/cases").then()
                .statusCode(201).extract().path("id");
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            file.append("{\"reference\": \"it-").append(i).append("\", \"caseId\": \"").append(caseId)
                    .append("\", \"occurredAt\": \"").append(java.time.OffsetDateTime.now().minusMinutes(3000 - i))
                    .append("\", \"contactStatus\": \"made\", \"channel\": \"phone\", \"initiator\": \"person\"}\n");
        }
        String importId = second.as(token).contentType("application/x-ndjson")
                .body(file.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/imports?recordType=interactions").then().statusCode(202).extract().path("id");
        long until = System.currentTimeMillis() + 60_000;
        int processed = 0;
        while (processed < 50 && System.currentTimeMillis() < until) {
            processed = second.as(token).get("/api/imports/" + importId).then().statusCode(200).extract()
                    .path("processed");
        }
        second.kill();
        assertThat(processed).as("killed half-way").isBetween(50, 2999);
        first = Instance.start("third", false);
        JsonPath done = null;
        until = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < until) {
            done = first.as(token).get("/api/imports/" + importId).then().statusCode(200).extract().jsonPath();
            if (!"running".equals(done.getString("status")) && !"queued".equals(done.getString("status"))) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(done.getString("status")).isEqualTo("finished");
        assertThat(done.getInt("processed")).isEqualTo(3000);
        assertThat(done.getInt("created")).isEqualTo(3000);
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/casework_scale", "casework", "casework");
                java.sql.PreparedStatement count = db.prepareStatement(
                        "select count(*), count(distinct occurred_at) from interaction where case_id = ?")) {
            count.setObject(1, UUID.fromString(caseId));
            try (java.sql.ResultSet rows = count.executeQuery()) {
                rows.next();
                assertThat(rows.getLong(1)).as("contacts stored").isEqualTo(3000);
                assertThat(rows.getLong(2)).as("each line once").isEqualTo(3000);
            }
        }
    }
}
