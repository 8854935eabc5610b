package org.casework.interactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.support.Api.invalid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.casework.support.Fixtures;
import org.casework.support.Fixtures.CaseContext;
import org.junit.jupiter.api.Test;

/**
 * Bursts of presentations written at once, on the same cases and days with issues in opposite orders, as made
 * deadlocks in the summaries at commit: a client is told 201, or 409 "send it again", never a 5xx; every write
 * acknowledged is stored, and nothing else.
 */
@QuarkusTest
class ConcurrentWritesTest {

    private static final int BURSTS = 20;
    private static final int WRITERS = 32;
    private static final int CASES = 8;

    @Inject
    EntityManager em;

    @Test
    void burstsOfConcurrentPresentationsNeverAnswer5xxAndLoseNothingAcknowledged() throws Exception {
        List<CaseContext> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            cases.add(Fixtures.openCaseSince("2025-01-01T09:00:00Z"));
        }
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            for (int burst = 0; burst < BURSTS; burst++) {
                List<Future<?>> writes = new ArrayList<>();
                for (int writer = 0; writer < WRITERS; writer++) {
                    CaseContext c = cases.get(writer % CASES);
                    String day = "2025-03-0" + (1 + writer % 3) + "T1" + (writer % 8) + ":00:00Z";
                    List<String> issues = writer % 2 == 0 ? List.of("homelessness", "rent-arrears", "debt")
                            : List.of("debt", "rent-arrears", "homelessness");
                    writes.add(pool.submit(() -> {
                        Map<String, Object> body = Fixtures.interactionBody(c.keyWorkerId(), day, "made");
                        body.put("initiator", "person");
                        body.put("channel", "in-person");
                        body.put("issues", issues);
                        // a client told 409 sends again, as the problem asks
                        for (int attempt = 0; attempt < 10; attempt++) {
                            Response response = invalid().body(body)
                                    .post("/api/cases/" + c.caseId() + "/interactions");
                            statuses.add(response.statusCode());
                            if (response.statusCode() == 201) {
                                acknowledged.add(response.path("id"));
                                return;
                            }
                            if (response.statusCode() != 409) {
                                return;
                            }
                        }
                    }));
                }
                for (Future<?> write : writes) {
                    write.get();
                }
            }
        } finally {
            pool.shutdownNow();
        }

        System.out.printf("ConcurrentWritesTest: %d writes acknowledged after %d sends, %d answered 409%n",
                acknowledged.size(), statuses.size(), statuses.stream().filter(s -> s == 409).count());
        assertThat(statuses).allSatisfy(status -> assertThat(status).isIn(201, 409));
        assertThat(acknowledged).hasSize(BURSTS * WRITERS).doesNotHaveDuplicates();
        List<String> caseIds = cases.stream().map(CaseContext::caseId).toList();
        List<?> stored = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select cast(id as text) from interaction where cast(case_id as text) in (:cases)")
                .setParameter("cases", caseIds).getResultList());
        assertThat(stored).hasSameSizeAs(acknowledged);
        assertThat(stored.stream().map(Object::toString).toList()).containsExactlyInAnyOrderElementsOf(acknowledged);
    }
}
