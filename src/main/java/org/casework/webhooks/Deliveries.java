package org.casework.webhooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.casework.changes.ChangeFeed;
import org.casework.changes.EventTypes;
import org.casework.changes.FeedPosition;
import org.casework.common.CaseworkConfig;
import org.casework.common.PlainSql;

/**
 * Sends the change feed's events to the subscriptions, on every instance, from queues in the database, so that
 * two or more instances neither lose nor double-send an event:
 * <ol>
 * <li><b>Queue</b> ({@link #queue}): each active subscription is read on from its feed position by one instance at
 * a time (a transaction-scoped advisory lock, skipped when another holds it); its events become deliveries and its
 * position moves on in the same transaction, so an event is queued exactly once. An instance with nothing to queue
 * writes nothing, so it never holds the change feed back.</li>
 * <li><b>Send</b> ({@link #send}): due deliveries are claimed with {@code FOR UPDATE SKIP LOCKED} for a lease longer
 * than an attempt can take, and sent outside any transaction; each outcome is written when it comes. An instance
 * that dies while sending leaves its claims to expire, and another sends them again: at least once, never lost.</li>
 * </ol>
 */
@ApplicationScoped
public class Deliveries {

    /** The advisory locks' first key: "webhooks" as a number, so no other lock in Casework can share them. */
    private static final int LOCK_SPACE = 0x77686b73;
    /** Changes read from the feed for one subscription at a go. */
    private static final int FEED_BATCH = 500;
    /** At most this many batches of one subscription's changes are queued in one tick. */
    private static final int BATCHES_A_TICK = 20;
    /** How far the feed's horizon must have moved before an idle subscription's position follows it. */
    private static final long SKIP_AFTER_TRANSACTIONS = 1000;
    private static final int MAX_ERROR_LENGTH = 500;
    /** Old deliveries are looked for at most this often on each instance. */
    private static final long FORGET_EVERY_NANOS = 60_000_000_000L;

    /** When this instance last deleted old deliveries (a hint, not state: any instance may do it). */
    private volatile long lastForgotten = System.nanoTime() - FORGET_EVERY_NANOS;

    private final EntityManager entityManager;
    private final ChangeFeed feed;
    private final ObjectMapper json;
    private final CaseworkConfig.Webhooks config;
    private final HttpClient http;

    public Deliveries(EntityManager entityManager, ChangeFeed feed, ObjectMapper json, CaseworkConfig config) {
        this.entityManager = entityManager;
        this.feed = feed;
        this.json = json;
        this.config = config.webhooks();
        this.http = HttpClient.newBuilder().connectTimeout(this.config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(identity = "webhook-deliveries", every = "${casework.webhooks.send-every}",
            concurrentExecution = ConcurrentExecution.SKIP)
    void run() {
        queue();
        while (send() == config.batchSize()) {
            // a full batch: more may be due
        }
        if (System.nanoTime() - lastForgotten > FORGET_EVERY_NANOS) {
            forgetOld();
            lastForgotten = System.nanoTime();
        }
    }

    /**
     * Deletes deliveries delivered, or made and failed, longer ago than {@code casework.webhooks.keep}, with their
     * attempts, a bounded batch at a time; answers how many. Pending ones stay, however old.
     */
    public int forgetOld() {
        double keepSeconds = config.keep().toMillis() / 1000.0;
        return QuarkusTransaction.requiringNew().call(() -> PlainSql.query(entityManager, """
                with old as (
                    select id from webhook_delivery
                    where (status = 'delivered' and delivered_at < now() - make_interval(secs => ?))
                       or (status = 'failed' and created_at < now() - make_interval(secs => ?))
                    limit 10000),
                gone as (delete from webhook_delivery d using old where d.id = old.id returning 1)
                select count(*) from gone
                """, (c, s) -> {
            s.setDouble(1, keepSeconds);
            s.setDouble(2, keepSeconds);
        }, rows -> rows.next() ? rows.getInt(1) : 0));
    }

    /** Queues every active subscription's new events that no other instance is queueing; answers how many. */
    public int queue() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<UUID> mine = PlainSql.query(entityManager, """
                    select id from webhook_subscription
                    where active and pg_try_advisory_xact_lock(?, hashtext(id::text))
                    """, (c, s) -> s.setInt(1, LOCK_SPACE), rows -> {
                List<UUID> ids = new ArrayList<>();
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
                return ids;
            });
            int queued = 0;
            for (UUID subscription : mine) {
                // a backlog (after a pause, or a burst) is read in batches until caught up, or a tick's worth
                for (int batch = 0; batch < BATCHES_A_TICK; batch++) {
                    Queued done = queue(subscription);
                    queued += done.count();
                    if (done.caughtUp()) {
                        break;
                    }
                }
            }
            return queued;
        });
    }

    /** A subscription's state, read after its lock is held, so another instance's last queueing is in it. */
    private record Subscriber(UUID id, Set<String> eventTypes, UUID[] teams, FeedPosition position) {
    }

    /** What one batch queued, and whether it reached the end of what is readable. */
    private record Queued(int count, boolean caughtUp) {
    }

    private Queued queue(UUID subscriptionId) throws JsonProcessingException {
        Subscriber subscriber = PlainSql.query(entityManager, """
                select event_types, team_ids, feed_tx, feed_id from webhook_subscription where id = ? and active
                """, (c, s) -> s.setObject(1, subscriptionId), rows -> rows.next()
                ? new Subscriber(subscriptionId, new HashSet<>(List.of((String[]) rows.getArray(1).getArray())),
                        (UUID[]) rows.getArray(2).getArray(), new FeedPosition(rows.getLong(3), rows.getLong(4)))
                : null);
        if (subscriber == null) {
            return new Queued(0, true);
        }
        ChangeFeed.Read read = feed.readForTeams(subscriber.position(), subscriber.teams(), FEED_BATCH);
        // nothing of theirs: the position moves past other teams' changes only now and then, so that an idle
        // subscription neither writes every second nor reads the same others' changes again for long
        if (read.changes().isEmpty() && read.next().tx() - subscriber.position().tx() < SKIP_AFTER_TRANSACTIONS) {
            return new Queued(0, true);
        }
        List<Long> eventIds = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<String> payloads = new ArrayList<>();
        for (ChangeFeed.Positioned positioned : read.changes()) {
            String type = EventTypes.of(positioned.change());
            if (EventTypes.matches(type, subscriber.eventTypes())) {
                eventIds.add(positioned.position().id());
                types.add(type);
                payloads.add(payload(type, positioned));
            }
        }
        FeedPosition last = read.next();
        PlainSql.execute(entityManager, """
                with queued as (
                    insert into webhook_delivery (id, subscription_id, change_event_id, event_type, payload,
                                                  next_attempt_at)
                    select gen_random_uuid(), ?, e.id, e.type, e.payload, now()
                    from unnest(?::bigint[], ?::text[], ?::text[]) as e (id, type, payload)
                    on conflict (subscription_id, change_event_id) do nothing)
                update webhook_subscription set feed_tx = ?, feed_id = ? where id = ?
                """, (c, s) -> {
            s.setObject(1, subscriber.id());
            s.setArray(2, c.createArrayOf("bigint", eventIds.toArray()));
            s.setArray(3, c.createArrayOf("text", types.toArray()));
            s.setArray(4, c.createArrayOf("text", payloads.toArray()));
            s.setLong(5, last.tx());
            s.setLong(6, last.id());
            s.setObject(7, subscriber.id());
        });
        return new Queued(eventIds.size(), read.caughtUp());
    }

    /**
     * The Standard Webhooks payload: the event's type, when it happened, and the change (ids and codes, never the
     * data), with the feed position just after it, from which {@code GET /api/changes} reads on.
     */
    private String payload(String type, ChangeFeed.Positioned positioned) throws JsonProcessingException {
        Map<String, Object> data = new LinkedHashMap<>(json.convertValue(positioned.change(), Map.class));
        data.put("feedPosition", positioned.position().encode());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", type);
        payload.put("timestamp", positioned.change().changedAt());
        payload.put("data", data);
        return json.writeValueAsString(payload);
    }

    /** A delivery this instance has claimed, with what sending it needs. */
    private record Claimed(UUID id, UUID subscriptionId, String url, String secret, String payload, int attempts) {
    }

    /** What one attempt came to. */
    private record Outcome(Integer statusCode, String error, int durationMs, OffsetDateTime at) {

        boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    /** Claims up to a batch of due deliveries, sends them all at once, and records each outcome; answers how many. */
    public int send() {
        long leaseMillis = config.timeout().plus(config.claimMargin()).toMillis();
        List<Claimed> claimed = QuarkusTransaction.requiringNew().call(() -> PlainSql.query(entityManager, """
                with due as (
                    select d.id from webhook_delivery d
                    join webhook_subscription s on s.id = d.subscription_id
                    where d.status = 'pending' and d.next_attempt_at <= now() and s.active
                      and (d.claimed_until is null or d.claimed_until < now())
                    order by d.next_attempt_at
                    limit ?
                    for update of d skip locked),
                claimed as (
                    update webhook_delivery d
                    set claimed_until = now() + make_interval(secs => ?), attempts = d.attempts + 1
                    from due where d.id = due.id
                    returning d.id, d.subscription_id, d.payload, d.attempts)
                select c.id, c.subscription_id, s.url, s.secret, c.payload, c.attempts
                from claimed c join webhook_subscription s on s.id = c.subscription_id
                """, (c, s) -> {
            s.setInt(1, config.batchSize());
            s.setDouble(2, leaseMillis / 1000.0);
        }, rows -> {
            List<Claimed> all = new ArrayList<>();
            while (rows.next()) {
                all.add(new Claimed(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), rows.getString(3),
                        rows.getString(4), rows.getString(5), rows.getInt(6)));
            }
            return all;
        }));
        List<CompletableFuture<Outcome>> attempts = claimed.stream().map(this::attempt).toList();
        for (int i = 0; i < claimed.size(); i++) {
            Claimed delivery = claimed.get(i);
            Outcome outcome = attempts.get(i).join();
            QuarkusTransaction.requiringNew().run(() -> record(delivery, outcome));
        }
        return claimed.size();
    }

    private CompletableFuture<Outcome> attempt(Claimed delivery) {
        // the receiver checks this against its own clock: the real time, whatever clock the records keep
        Instant now = Instant.now();
        long timestamp = now.getEpochSecond();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(delivery.url())).timeout(config.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Casework-Webhooks/1")
                    .header("webhook-id", delivery.id().toString())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", Signature.sign(delivery.secret(), delivery.id().toString(),
                            timestamp, delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload())).build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new Outcome(null, "Not a URL we can send to: " + e.getMessage(),
                    0, now.atOffset(ZoneOffset.UTC)));
        }
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
            int took = (int) Duration.between(now, Instant.now()).toMillis();
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                String error = cause.getClass().getSimpleName()
                        + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
                return new Outcome(null, error, took, now.atOffset(ZoneOffset.UTC));
            }
            return new Outcome(response.statusCode(), response.statusCode() / 100 == 2 ? null
                    : "The receiver answered " + response.statusCode(), took, now.atOffset(ZoneOffset.UTC));
        });
    }

    private void record(Claimed delivery, Outcome outcome) {
        String error = outcome.error() == null ? null
                : outcome.error().substring(0, Math.min(outcome.error().length(), MAX_ERROR_LENGTH));
        PlainSql.execute(entityManager, """
                insert into webhook_attempt (delivery_id, attempted_at, status_code, error, duration_ms)
                values (?, ?, ?, ?, ?)
                """, (c, s) -> {
            s.setObject(1, delivery.id());
            s.setTimestamp(2, Timestamp.from(outcome.at().toInstant()));
            s.setObject(3, outcome.statusCode(), java.sql.Types.INTEGER);
            s.setString(4, error);
            s.setInt(5, outcome.durationMs());
        });
        if (outcome.delivered()) {
            PlainSql.execute(entityManager, """
                    with delivered as (
                        update webhook_delivery set status = 'delivered', delivered_at = now(), next_attempt_at = null,
                               claimed_until = null, last_status_code = ?, last_error = null
                        where id = ?)
                    update webhook_subscription set consecutive_failures = 0, failing_since = null where id = ?
                    """, (c, s) -> {
                s.setInt(1, outcome.statusCode());
                s.setObject(2, delivery.id());
                s.setObject(3, delivery.subscriptionId());
            });
            return;
        }
        List<Duration> delays = config.retryDelays();
        boolean lastAttempt = delivery.attempts() > delays.size();
        double waitSeconds = lastAttempt ? 0 : delays.get(delivery.attempts() - 1).toMillis() / 1000.0;
        PlainSql.execute(entityManager, """
                update webhook_delivery
                set status = case when ? then 'failed' else 'pending' end,
                    next_attempt_at = case when ? then null else now() + make_interval(secs => ?) end,
                    claimed_until = null, last_status_code = ?, last_error = ?
                where id = ?
                """, (c, s) -> {
            s.setBoolean(1, lastAttempt);
            s.setBoolean(2, lastAttempt);
            s.setDouble(3, waitSeconds);
            s.setObject(4, outcome.statusCode(), java.sql.Types.INTEGER);
            s.setString(5, error);
            s.setObject(6, delivery.id());
        });
        PlainSql.execute(entityManager, """
                update webhook_subscription
                set consecutive_failures = consecutive_failures + 1, failing_since = coalesce(failing_since, ?)
                where id = ?
                """, (c, s) -> {
            s.setTimestamp(1, Timestamp.from(outcome.at().toInstant()));
            s.setObject(2, delivery.subscriptionId());
        });
        boolean disabled = PlainSql.query(entityManager, """
                update webhook_subscription
                set active = false, disabled_at = now(),
                    disabled_reason = 'Disabled by Casework: ' || consecutive_failures || ' attempts in a row failed '
                        || 'since ' || to_char(failing_since at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
                        || '; the last: ' || ?
                where id = ? and active and consecutive_failures >= ?
                  and failing_since <= now() - make_interval(secs => ?)
                returning id
                """, (c, s) -> {
            s.setString(1, error);
            s.setObject(2, delivery.subscriptionId());
            s.setInt(3, config.disableAfterFailures());
            s.setDouble(4, config.disableAfter().toMillis() / 1000.0);
        }, rows -> rows.next());
        if (disabled) {
            Log.warnf("Webhook subscription %s disabled after repeated failure; the last: %s",
                    delivery.subscriptionId(), error);
        }
    }

}
