package org.casework.repeats;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Keeps the presentation summaries (presentation-days, their tallies, returns after closure) up to date with the
 * contacts: writing a contact only leaves a key of what changed (V21), and the keys are folded into the summaries
 * here, in batches, by the database's casework_fold_presentations. Every instance folds every second; a reader
 * of the summaries catches up first, so that its answer counts every contact committed before it asked. Not
 * audited: it reads contacts and writes their counts, and shows nothing to anyone.
 */
@ApplicationScoped
public class PresentationSummaries {

    /** Keys folded per transaction: a busy second's worth, so that one fold never holds the summaries long. */
    static final int BATCH = 5_000;

    private final EntityManager em;

    public PresentationSummaries(EntityManager em) {
        this.em = em;
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
        int total = 0;
        int folded;
        do {
            folded = QuarkusTransaction.requiringNew().call(() -> ((Number) em
                    .createNativeQuery("select casework_fold_presentations(:limit, :wait)")
                    .setParameter("limit", BATCH).setParameter("wait", wait).getSingleResult()).intValue());
            total += folded;
        } while (folded == BATCH);
        return total;
    }
}
