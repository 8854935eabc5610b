package org.casework.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** A page's lazy collections load in one batch only while the batch holds the largest page plus its look-ahead. */
@QuarkusTest
class PagingConfigTest {

    @ConfigProperty(name = "quarkus.hibernate-orm.fetch.batch-size")
    int batchSize;

    @ConfigProperty(name = "casework.paging.max-limit")
    int maxLimit;

    @Test
    void theFetchBatchCoversTheLargestPage() {
        assertThat(batchSize).isGreaterThanOrEqualTo(maxLimit + 1);
    }
}
