package org.casework.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.support.Api.api;
import static org.casework.support.Api.as;
import static org.casework.support.Api.invalid;
import static org.casework.support.Fixtures.etag;
import static org.casework.support.Fixtures.interaction;
import static org.casework.support.Fixtures.openCase;
import static org.casework.support.Fixtures.person;
import static org.casework.support.Fixtures.signedIn;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Fixtures.worker;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import com.standardwebhooks.Webhook;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.casework.support.Receiver;
import org.casework.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks against a real HTTP receiver: signed so the Standard Webhooks library accepts them, retried on failure,
 * never sent to a disabled subscription, and sent at least once, by one instance, when another died sending.
 */
@QuarkusTest
class WebhookTest {

    @Inject
    DataSource dataSource;

    @Inject
    Deliveries deliveries;

    /** Subscriptions left active would keep the sender queueing for later tests' teams. */
    @AfterEach
    void removeSubscriptions() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("delete from webhook_subscription")) {
            delete.executeUpdate();
        }
    }

    private static JsonPath subscribe(String url, List<String> types, String... teams) {
        return api().body(Map.of("url", url, "description", "CRM sync", "eventTypes", types, "teamIds",
                List.of(teams))).post("/api/webhooks").then().statusCode(201).extract().jsonPath();
    }

    private static void verified(String secret, Receiver.Received request) throws Exception {
        Map<String, List<String>> headers = new HashMap<>(request.headers());
        new Webhook(secret).verify(request.body(), headers);
    }

    @Test
    void changesOfTheSubscribedTeamsAndTypesArriveSignedWithIdsOnly() throws Exception {
        String team = team();
        String keyWorker = worker(team);
        try (Receiver receiver = new Receiver()) {
            JsonPath webhook = subscribe(receiver.url(), List.of("person.created", "case.*"), team);
            String secret = webhook.getString("secret");
            assertThat(secret).startsWith("whsec_");
            api().get("/api/webhooks/" + webhook.getString("id")).then().statusCode(200)
                    .body("secret", nullValue()).body("active", equalTo(true));

            String personId = person(team);
            String caseId = openCase(personId, team, keyWorker, TestClock.now().minusDays(1).toString());
            interaction(caseId, keyWorker, TestClock.now().minusHours(1).toString(), "made");
            person(team()); // another team's
            List<Receiver.Received> got = receiver.await(r -> r.size() >= 2);
            Thread.sleep(1000); // anything else would have come by now
            assertThat(receiver.received()).hasSize(2);

            Map<String, String> types = new HashMap<>();
            for (Receiver.Received request : got) {
                verified(secret, request);
                JsonPath event = JsonPath.from(request.body());
                types.put(event.getString("type"), event.getString("data.recordId"));
                assertThat(event.getMap("data").keySet()).containsExactlyInAnyOrder("recordType", "recordId",
                        "change", "personId", "caseId", "teamId", "version", "changedAt", "feedPosition");
                assertThat(event.getString("data.personId")).isEqualTo(personId);
                assertThat(request.header("content-type")).isEqualTo("application/json");
            }
            assertThat(types).containsExactlyInAnyOrderEntriesOf(Map.of("person.created", personId,
                    "case.created", caseId));

            // tampered with, the library refuses it: the signature covers the body
            Receiver.Received first = got.get(0);
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> verified(secret,
                    new Receiver.Received(first.headers(), first.body().replace("created", "updated"), 0))))
                    .isNotNull();

            // the delivery log names what was sent, by the id the receiver was given
            String deliveryId = first.header("webhook-id");
            api().get("/api/webhooks/" + webhook.getString("id") + "/deliveries").then().statusCode(200)
                    .body("items", hasSize(2)).body("items.status", org.hamcrest.Matchers.everyItem(
                            equalTo("delivered")));
            api().get("/api/webhooks/" + webhook.getString("id") + "/deliveries/" + deliveryId).then()
                    .statusCode(200).body("payload", equalTo(first.body())).body("attemptCount", equalTo(1))
                    .body("attempts[0].statusCode", equalTo(204)).body("lastError", nullValue());
        }
    }

    @Test
    void aFailedAttemptIsRetriedWithTheSameIdAndBody() throws Exception {
        String team = team();
        try (Receiver receiver = new Receiver()) {
            receiver.answer(500, 503);
            JsonPath webhook = subscribe(receiver.url(), List.of("*"), team);
            person(team);
            List<Receiver.Received> got = receiver.await(r -> r.size() >= 3);
            assertThat(got).extracting(r -> r.header("webhook-id")).containsOnly(got.get(0).header("webhook-id"));
            assertThat(got).extracting(Receiver.Received::body).containsOnly(got.get(0).body());
            assertThat(got.get(1).receivedAtMillis() - got.get(0).receivedAtMillis()).as("the first retry's wait")
                    .isGreaterThanOrEqualTo(900);
            for (Receiver.Received request : got) {
                verified(webhook.getString("secret"), request);
            }
            String log = "/api/webhooks/" + webhook.getString("id") + "/deliveries/" + got.get(0).header("webhook-id");
            awaitStatus(log, "delivered");
            api().get(log).then().body("attemptCount", equalTo(3))
                    .body("attempts.statusCode", org.hamcrest.Matchers.contains(500, 503, 204));
            api().get("/api/webhooks/" + webhook.getString("id")).then().body("consecutiveFailures", equalTo(0));
        }
    }

    private static void awaitStatus(String deliveryPath, String status) throws InterruptedException {
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until) {
            if (status.equals(api().get(deliveryPath).then().statusCode(200).extract().path("status"))) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(deliveryPath + " never became " + status);
    }

    @Test
    void aSubscriptionThatKeepsFailingIsDisabledAndSentNothingUntilEnabledAgain() throws Exception {
        String team = team();
        try (Receiver receiver = new Receiver()) {
            receiver.answerFromNowOn(500);
            JsonPath webhook = subscribe(receiver.url(), List.of("person.*"), team);
            String path = "/api/webhooks/" + webhook.getString("id");
            person(team);
            // the first attempt and two retries (the test profile's schedule) fail: three in a row disable it
            List<Receiver.Received> failed = receiver.await(r -> r.size() >= 3);
            String failedId = failed.get(0).header("webhook-id");
            awaitStatus(path + "/deliveries/" + failedId, "failed");
            api().get(path).then().statusCode(200).body("active", equalTo(false))
                    .body("disabledReason", startsWith("Disabled by Casework: 3 attempts in a row failed"))
                    .body("consecutiveFailures", equalTo(3));

            receiver.answerFromNowOn(204);
            String whileDisabled = person(team);
            Thread.sleep(1500);
            assertThat(receiver.received()).as("nothing is sent to a disabled subscription").hasSize(3);

            // enabled again: what changed meanwhile is sent; the delivery that failed for good waits for a replay
            api().header("If-Match", etag(path)).body(Map.of("url", receiver.url(), "eventTypes", List.of("person.*"),
                    "teamIds", List.of(team), "active", true)).put(path).then().statusCode(200)
                    .body("active", equalTo(true)).body("disabledReason", nullValue())
                    .body("consecutiveFailures", equalTo(0));
            List<Receiver.Received> after = receiver.await(r -> r.size() >= 4);
            assertThat(JsonPath.from(after.get(3).body()).getString("data.recordId")).isEqualTo(whileDisabled);

            api().post(path + "/deliveries/" + failedId + "/replay").then().statusCode(200)
                    .body("status", equalTo("pending"));
            List<Receiver.Received> replayed = receiver.await(r -> r.size() >= 5);
            assertThat(replayed.get(4).header("webhook-id")).isEqualTo(failedId);
            assertThat(replayed.get(4).body()).isEqualTo(failed.get(0).body());
            awaitStatus(path + "/deliveries/" + failedId, "delivered");
        }
    }

    /**
     * Deliveries claimed by an instance that then died are sent by another once the claim's lease runs out, and
     * deliveries claimed by several senders at once are each sent once.
     */
    @Test
    void aDeliveryClaimedByAnInstanceThatDiedIsSentAndConcurrentSendersNeverSendOneTwice() throws Exception {
        String team = team();
        try (Receiver receiver = new Receiver()) {
            JsonPath webhook = api().body(Map.of("url", receiver.url(), "eventTypes", List.of("*"), "teamIds",
                    List.of(team), "active", false)).post("/api/webhooks").then().statusCode(201).extract().jsonPath();
            UUID subscription = UUID.fromString(webhook.getString("id"));
            Instant leaseEnds = Instant.now().plusSeconds(2);
            UUID orphan = queued(subscription, 1, Timestamp.from(leaseEnds));
            List<UUID> queued = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                queued.add(queued(subscription, 0, null));
            }
            String path = "/api/webhooks/" + subscription;
            api().header("If-Match", etag(path)).body(Map.of("url", receiver.url(), "eventTypes", List.of("*"),
                    "teamIds", List.of(team))).put(path).then().statusCode(200);
            // two more senders besides the scheduled one, all at once
            CompletableFuture.allOf(CompletableFuture.runAsync(deliveries::send),
                    CompletableFuture.runAsync(deliveries::send)).join();

            List<Receiver.Received> got = receiver.await(r -> r.size() >= 61);
            Thread.sleep(500);
            List<String> ids = receiver.received().stream().map(r -> r.header("webhook-id")).toList();
            assertThat(ids).as("each delivery sent once").doesNotHaveDuplicates().hasSize(61);
            Set<String> expected = queued.stream().map(UUID::toString).collect(Collectors.toSet());
            expected.add(orphan.toString());
            assertThat(Set.copyOf(ids)).isEqualTo(expected);
            Receiver.Received late = got.stream().filter(r -> r.header("webhook-id").equals(orphan.toString()))
                    .findFirst().orElseThrow();
            assertThat(late.receivedAtMillis()).as("not before the dead instance's claim ran out")
                    .isGreaterThanOrEqualTo(leaseEnds.toEpochMilli());
        }
    }

    private void execute(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    /** A delivery as the queue holds it; {@code claimedUntil}: claimed by an instance, until then. */
    private UUID queued(UUID subscription, int attempts, Timestamp claimedUntil) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement("""
                insert into webhook_delivery (id, subscription_id, change_event_id, event_type, payload, attempts,
                                              next_attempt_at, claimed_until)
                values (?, ?, (select coalesce(max(change_event_id), 0) + 1 from webhook_delivery), 'person.updated',
                        '{"type":"person.updated"}', ?, now(), ?)
                """)) {
            insert.setObject(1, id);
            insert.setObject(2, subscription);
            insert.setInt(3, attempts);
            insert.setTimestamp(4, claimedUntil);
            insert.executeUpdate();
        }
        return id;
    }

    @Test
    void theLogForgetsOldDeliveriesThatAreOverButKeepsWhatIsStillPending() throws Exception {
        String team = team();
        UUID subscription = UUID.fromString(api().body(Map.of("url", "https://crm.example.org/hook", "eventTypes",
                List.of("*"), "teamIds", List.of(team), "active", false)).post("/api/webhooks").then().statusCode(201)
                .extract().path("id"));
        UUID oldDelivered = queued(subscription, 0, null);
        UUID oldFailed = queued(subscription, 0, null);
        UUID oldPending = queued(subscription, 0, null);
        UUID recent = queued(subscription, 0, null);
        execute("update webhook_delivery set created_at = now() - interval '40 days' where id in (?, ?, ?)",
                oldDelivered, oldFailed, oldPending);
        execute("update webhook_delivery set status = 'delivered', next_attempt_at = null,"
                + " delivered_at = now() - interval '31 days' where id = ?", oldDelivered);
        execute("update webhook_delivery set status = 'failed', next_attempt_at = null where id = ?", oldFailed);
        execute("update webhook_delivery set status = 'delivered', next_attempt_at = null, delivered_at = now()"
                + " where id = ?", recent);
        deliveries.forgetOld();
        String path = "/api/webhooks/" + subscription + "/deliveries/";
        invalid().get(path + oldDelivered).then().statusCode(404);
        invalid().get(path + oldFailed).then().statusCode(404);
        api().get(path + oldPending).then().statusCode(200).body("status", equalTo("pending"));
        api().get(path + recent).then().statusCode(200).body("status", equalTo("delivered"));
    }

    @Test
    void aSubscriptionIsCheckedAndOnlyAdminsMayMakeOne() {
        String team = team();
        Map<String, Object> body = new HashMap<>(Map.of("url", "https://crm.example.org/hook", "eventTypes",
                List.of("case.closed", "case.reopened"), "teamIds", List.of(team)));
        invalid().body(body).post("/api/webhooks").then().statusCode(400)
                .body("errors[0].field", equalTo("eventTypes[1]"));
        body.put("eventTypes", List.of("case.*"));
        body.put("teamIds", List.of(UUID.randomUUID().toString()));
        invalid().body(body).post("/api/webhooks").then().statusCode(400)
                .body("errors[0].field", equalTo("teamIds[0]"));
        body.put("teamIds", List.of(team));
        for (String url : List.of("not a url", "ftp://example.org/x", "https://user:pw@example.org/hook",
                "/relative")) {
            body.put("url", url);
            invalid().body(body).post("/api/webhooks").then().statusCode(400).body("errors[0].field", equalTo("url"));
        }
        body.put("url", "https://crm.example.org/hook");
        as(signedIn("integration", team)).body(body).post("/api/webhooks").then().statusCode(403);
        assertThat(api().get("/api/webhooks").then().statusCode(200).extract().<List<?>>path("items")).isEmpty();

        String id = api().body(body).post("/api/webhooks").then().statusCode(201).extract().path("id");
        invalid().body(body).put("/api/webhooks/" + id).then().statusCode(428);
        invalid().header("If-Match", "\"7\"").body(body).put("/api/webhooks/" + id).then().statusCode(412);
        invalid().queryParam("status", "sent").get("/api/webhooks/" + id + "/deliveries").then().statusCode(400)
                .body("errors[0].field", equalTo("status")).body("errors[0].in", equalTo("query"));
        api().header("If-Match", etag("/api/webhooks/" + id)).accept("application/json, application/problem+json")
                .delete("/api/webhooks/" + id).then().statusCode(204);
        invalid().get("/api/webhooks/" + id).then().statusCode(404);
    }
}
