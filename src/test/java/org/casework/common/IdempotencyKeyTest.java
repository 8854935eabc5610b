package org.casework.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.support.Api.api;
import static org.casework.support.Api.as;
import static org.casework.support.Api.invalid;
import static org.casework.support.Fixtures.interactionBody;
import static org.casework.support.Fixtures.openCaseSince;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.casework.support.Fixtures;
import org.casework.support.Fixtures.CaseContext;
import org.junit.jupiter.api.Test;

/** Safe retries: a POST with an Idempotency-Key is done once per caller and key, and answered the same again. */
@QuarkusTest
class IdempotencyKeyTest {

    private static String interactions(CaseContext c) {
        return "/api/cases/" + c.caseId() + "/interactions";
    }

    private static int stored(CaseContext c) {
        return api().get(interactions(c) + "?limit=100").then().statusCode(200).extract().path("items.size()");
    }

    @Test
    void aRetryWithTheSameKeyIsAnsweredAgainAndStoresNothingMore() {
        CaseContext c = openCaseSince("2026-01-05T09:00:00Z");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = interactionBody(c.keyWorkerId(), "2026-01-06T10:00:00Z", "made");
        Response first = api().header("Idempotency-Key", key).body(body).post(interactions(c));
        first.then().statusCode(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();

        Response again = api().header("Idempotency-Key", "\"" + key + "\"").body(body).post(interactions(c));
        again.then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id")))
                .body("recordedAt", equalTo(first.path("recordedAt")));
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(stored(c)).isEqualTo(1);

        // without a key, or with another, the same body is another contact
        api().body(body).post(interactions(c)).then().statusCode(201);
        api().header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post(interactions(c)).then()
                .statusCode(201);
        assertThat(stored(c)).isEqualTo(3);
    }

    @Test
    void theSameKeyWithAnotherRequestIs422AndAnotherCallersKeyIsTheirOwn() {
        CaseContext c = openCaseSince("2026-01-05T09:00:00Z");
        String key = UUID.randomUUID().toString();
        api().header("Idempotency-Key", key).body(interactionBody(c.keyWorkerId(), "2026-01-06T10:00:00Z", "made"))
                .post(interactions(c)).then().statusCode(201);
        invalid().header("Idempotency-Key", key)
                .body(interactionBody(c.keyWorkerId(), "2026-01-07T10:00:00Z", "made"))
                .post(interactions(c)).then().statusCode(422)
                .body("errors[0].in", equalTo("header")).body("errors[0].field", equalTo("Idempotency-Key"));
        // the same key for another path is another request too
        invalid().header("Idempotency-Key", key).body(Map.of("name", Fixtures.unique("Team"))).post("/api/teams")
                .then().statusCode(422);

        String lead = Fixtures.signedIn("team-lead", c.teamId());
        as(lead).header("Idempotency-Key", key)
                .body(interactionBody(c.keyWorkerId(), "2026-01-07T10:00:00Z", "made"))
                .post(interactions(c)).then().statusCode(201).header("Idempotent-Replayed", org.hamcrest.Matchers
                        .nullValue());
        assertThat(stored(c)).isEqualTo(2);
    }

    @Test
    void aRefusedRequestKeepsNothingSoItCanBeCorrectedWithTheSameKey() {
        CaseContext c = openCaseSince("2026-01-05T09:00:00Z");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = interactionBody(c.keyWorkerId(), "2026-01-06T10:00:00Z", "made");
        body.put("channel", "carrier-pigeon");
        invalid().header("Idempotency-Key", key).body(body).post(interactions(c)).then().statusCode(400);
        body.put("channel", "phone");
        api().header("Idempotency-Key", key).body(body).post(interactions(c)).then().statusCode(201)
                .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
        assertThat(stored(c)).isEqualTo(1);
    }

    @Test
    void aKeyThatIsNotOneIsRefusedByName() {
        CaseContext c = openCaseSince("2026-01-05T09:00:00Z");
        Map<String, Object> body = interactionBody(c.keyWorkerId(), "2026-01-06T10:00:00Z", "made");
        for (String bad : List.of("\"\"", "x".repeat(256), "two words")) {
            invalid().header("Idempotency-Key", bad).body(body).post(interactions(c)).then().statusCode(400)
                    .body("errors[0].in", equalTo("header")).body("errors[0].field", equalTo("Idempotency-Key"));
        }
        assertThat(stored(c)).isZero();
    }

    /** Sixteen copies of one request at once: one contact, and every answer is it or "still being processed". */
    @Test
    void concurrentCopiesOfOneRequestStoreOneContact() throws Exception {
        CaseContext c = openCaseSince("2026-01-05T09:00:00Z");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = interactionBody(c.keyWorkerId(), "2026-01-06T10:00:00Z", "made");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Response>> copies = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                copies.add(() -> invalid().header("Idempotency-Key", key).body(body).post(interactions(c)));
            }
            List<String> ids = new ArrayList<>();
            for (Future<Response> answer : pool.invokeAll(copies)) {
                Response response = answer.get();
                assertThat(response.statusCode()).isIn(201, 409);
                if (response.statusCode() == 201) {
                    ids.add(response.path("id"));
                }
            }
            assertThat(ids).isNotEmpty();
            assertThat(ids.stream().distinct()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(stored(c)).isEqualTo(1);
        // once the first has finished, a retry gets its answer
        api().header("Idempotency-Key", key).body(body).post(interactions(c)).then().statusCode(201)
                .header("Idempotent-Replayed", "true");
        api().get(interactions(c)).then().body("items", hasSize(1));
    }
}
