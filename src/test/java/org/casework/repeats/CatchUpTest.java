package org.casework.repeats;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A reader catches the summaries up before it reads: it waits for a fold under way (whose keys it must count), but
 * with nothing pending it neither waits nor runs the fold at all.
 */
@QuarkusTest
class CatchUpTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PresentationSummaries summaries;

    private final ExecutorService reader = Executors.newSingleThreadExecutor();

    @BeforeEach
    void nothingPending() {
        summaries.catchUp();
    }

    @AfterEach
    void stopReader() {
        reader.shutdownNow();
    }

    @Test
    void withNothingPendingAReaderDoesNotWaitForTheSummariesLock() throws Exception {
        try (Connection holder = dataSource.getConnection(); Statement statement = holder.createStatement()) {
            holder.setAutoCommit(false);
            statement.execute("select casework_lock_presentation_summaries(true)");
            Future<?> caughtUp = reader.submit(summaries::catchUp);
            caughtUp.get(5, TimeUnit.SECONDS);
            holder.rollback();
        }
    }

    @Test
    void aReaderWaitsForAFoldUnderWayToCommitWhatItClaimed() throws Exception {
        try (Connection fold = dataSource.getConnection(); Statement statement = fold.createStatement()) {
            fold.setAutoCommit(true);
            statement.execute("insert into presentation_day_pending (person_id) values ('" + UUID.randomUUID() + "')");
            // a fold that has taken the lock and claimed every key, and not yet committed
            fold.setAutoCommit(false);
            statement.execute("select casework_lock_presentation_summaries(true)");
            statement.execute("delete from presentation_day_pending");
            Future<?> caughtUp = reader.submit(summaries::catchUp);
            assertThatThrownBy(() -> caughtUp.get(2, TimeUnit.SECONDS)).isInstanceOf(TimeoutException.class);
            fold.commit();
            caughtUp.get(10, TimeUnit.SECONDS);
        }
    }
}
