package org.casework.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.casework.audit.AuditAction;
import org.casework.audit.AuditedPage;
import org.casework.common.PersonalData;
import org.casework.common.PersonalDataCarrier;
import org.casework.common.TimeConfig;
import org.casework.security.Caller;

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
    private final AuditedPage audit;
    private final Caller caller;

    public Submissions(EntityManager entities, Clock clock, AuditedPage audit, Caller caller) {
        this.entities = entities;
        this.clock = clock;
        this.audit = audit;
        this.caller = caller;
    }

    /** What a form's change stored (audited) and where the browser goes next. */
    public record Saved(String redirect, List<PersonalData> personalData) implements PersonalDataCarrier {

        public static Saved of(String redirect, PersonalData... stored) {
            return new Saved(redirect, List.of(stored));
        }
    }

    /**
     * Stores what a form says once: in one audited transaction ({@code action}), claims the form's token, makes
     * the change and remembers where it led; a repeat of the same form makes no change and leads to the same
     * place. Answers where to send the browser. A refusal (a {@code ProblemException}) stores nothing.
     */
    public String once(String token, AuditAction action, Callable<Saved> change) {
        UUID claimed = parse(token);
        UUID worker = caller.workerId().orElseThrow();
        return audit.write(action, () -> {
            Optional<String> earlier = claim(claimed, worker);
            if (earlier.isPresent()) {
                return new Saved(earlier.get(), List.of());
            }
            Saved saved = change.call();
            completed(claimed, saved.redirect());
            return saved;
        }).redirect();
    }

    /** A form's token; one typed by hand or missing still stores its form once per submission. */
    static UUID parse(String token) {
        try {
            return UUID.fromString(token);
        } catch (IllegalArgumentException | NullPointerException e) {
            return UUID.randomUUID();
        }
    }

    /**
     * Claims a form's token for this submission: empty when it is the first (go on and store what the form says,
     * then call {@link #completed}), or where the earlier submission of the same form went.
     */
    @Transactional(TxType.MANDATORY)
    Optional<String> claim(UUID token, UUID workerId) {
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
    void completed(UUID token, String redirectTo) {
        entities.createNativeQuery("update form_submission set redirect_to = :redirect where token = :token")
                .setParameter("redirect", redirectTo).setParameter("token", token).executeUpdate();
    }
}
