package org.casework.repeats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;

import org.casework.common.DatabaseFault;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the presentation summaries (presentation-days, their tallies, returns after closure) up to date with the
 * contacts: writing a contact only leaves a key of what changed (V21), and the keys are folded into the summaries
 * here, in batches, by the database's casework_fold_presentations. Every instance folds every second; a reader
 * of the summaries catches up first, so that its answer counts every contact committed before it asked. Not
 * audited: it reads contacts and writes their counts, and shows nothing to anyone.
 * <p>
 * Folds run on a pool of their own (the {@code summaries} datasource, outside the request's transaction, each
 * statement committed as it ends): a reader catches up in the middle of a transaction that already holds one of
 * the main pool's connections, and if the fold took another from the same pool, as many readers at once as it
 * has connections would each wait for one that none gives back. Folds run one at a time anyway (an advisory lock).
 */
@ApplicationScoped
public class PresentationSummaries {

    /** Keys folded per transaction: a busy second's worth, so that one fold never holds the summaries long. */
    static final int BATCH = 5_000;

    /**
     * Nothing pending, nothing to fold and nothing to wait for: a fold under way shows the keys it claimed to
     * everyone else until it commits, so a reader that sees no key skips the function (its settings, its lock and
     * the claim's planning: most of a quiet catch-up's 0.4 ms).
     */
    private static final String FOLD = """
            select case when exists (select 1 from presentation_day_pending) then casework_fold_presentations(?, ?)
                        else 0 end""";

    private final AgroalDataSource folds;
    private final int foldConnections;

    public PresentationSummaries(@DataSource("summaries") AgroalDataSource folds,
            @ConfigProperty(name = "quarkus.datasource.summaries.jdbc.max-size") int foldConnections) {
        this.folds = folds;
        this.foldConnections = foldConnections;
    }

    @Scheduled(identity = "presentation-summaries", every = "${casework.repeats.fold-every}",
            concurrentExecution = ConcurrentExecution.SKIP)
    void fold() {
        foldPending(false);
    }

    /**
     * Folds every key committed so far, waiting for a fold under way to finish: call before reading the
     * summaries. Its own transactions, committed before the read begins.
     */
    public void catchUp() {
        foldPending(true);
    }

    /** Answers how many keys it folded; without waiting it leaves the work to a fold already under way. */
    int foldPending(boolean wait) {
        // a connection the server dropped (a restart, a failover) fails once and leaves the pool; a new one is
        // taken, up to one more than the pool holds
        for (int attempt = 1;; attempt++) {
            try {
                return foldPendingOnce(wait);
            } catch (SQLException e) {
                if (DatabaseFault.of(e) != DatabaseFault.UNAVAILABLE || attempt > foldConnections) {
                    throw new IllegalStateException("Could not fold the pending presentation keys", e);
                }
            }
        }
    }

    private int foldPendingOnce(boolean wait) throws SQLException {
        int total = 0;
        int folded;
        try (Connection connection = folds.getConnection();
                PreparedStatement fold = connection.prepareStatement(FOLD)) {
            fold.setInt(1, BATCH);
            fold.setBoolean(2, wait);
            do {
                try (ResultSet row = fold.executeQuery()) {
                    row.next();
                    folded = row.getInt(1);
                }
                total += folded;
            } while (folded == BATCH);
        }
        return total;
    }
}
