package org.casework.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.casework.common.TimeConfig;

/**
 * Once per form: a form's token is claimed in the transaction that stores what the form says. A second
 * submission of the same form waits for the first to commit (the token's primary key), then finds it claimed and
 * is sent where the first went; if the first failed, the second stores it instead.
 */
@ApplicationScoped
public class Submissions {

    /** How long a token is remembered: far longer than anyone keeps a form open. */
    static final Duration KEPT = Duration.ofDays(1);

    private final EntityManager entities;
    private final Clock clock;

    public Submissions(EntityManager entities, Clock clock) {
        this.entities = entities;
        this.clock = clock;
    }

    /**
     * Claims a form's token for this submission: empty when it is the first (go on and store what the form says,
     * then call {@link #completed}), or where the earlier submission of the same form went.
     */
    @Transactional(TxType.MANDATORY)
    public Optional<String> claim(UUID token, UUID workerId) {
        var now = TimeConfig.now(clock);
        int claimed = entities.createNativeQuery("""
                insert into form_submission (token, worker_id, submitted_at, redirect_to)
                values (:token, :worker, :now, '/')
                on conflict (token) do nothing""")
                .setParameter("token", token).setParameter("worker", workerId).setParameter("now", now)
                .executeUpdate();
        if (claimed == 1) {
            entities.createNativeQuery("delete from form_submission where submitted_at < :before")
                    .setParameter("before", now.minus(KEPT)).executeUpdate();
            return Optional.empty();
        }
        // a token is one worker's: another's (a guessed token) never learns where it led
        List<?> earlier = entities.createNativeQuery(
                "select redirect_to from form_submission where token = :token and worker_id = :worker")
                .setParameter("token", token).setParameter("worker", workerId).getResultList();
        return Optional.of(earlier.isEmpty() ? "/" : (String) earlier.get(0));
    }

    /** Where the first submission went, for any repeat of it. */
    @Transactional(TxType.MANDATORY)
    public void completed(UUID token, String redirectTo) {
        entities.createNativeQuery("update form_submission set redirect_to = :redirect where token = :token")
                .setParameter("redirect", redirectTo).setParameter("token", token).executeUpdate();
    }
}
