package org.casework.repeats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/**
 * Readers catch the summaries up in the middle of their own transaction, which already holds a connection. When
 * the catch-up took a second connection from the same pool, as many readers at once as the pool has connections
 * each held one and waited for another that none would give back, until the pool's acquisition timeout. The folds
 * have a pool of their own.
 */
@QuarkusTest
@TestProfile(CatchUpOnASmallPoolTest.TwoConnections.class)
class CatchUpOnASmallPoolTest {

    public static class TwoConnections implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", "2", "quarkus.datasource.jdbc.acquisition-timeout", "2S");
        }
    }

    @Inject
    EntityManager em;

    @Inject
    PresentationSummaries summaries;

    @Test
    void asManyReadersAsThePoolHasConnectionsCatchUpAtOnce() throws Exception {
        int readers = 2;
        CountDownLatch holding = new CountDownLatch(readers);
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < readers; i++) {
                answers.add(pool.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                    // a reader's transaction that has read something first, as the services do
                    int one = ((Number) em.createNativeQuery("select 1").getSingleResult()).intValue();
                    holding.countDown();
                    assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
                    summaries.catchUp();
                    return one;
                })));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
