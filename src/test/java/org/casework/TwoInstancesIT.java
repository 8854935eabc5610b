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
    }
}
