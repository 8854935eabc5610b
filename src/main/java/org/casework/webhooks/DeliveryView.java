package org.casework.webhooks;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One event for one subscription and what became of it: {@code pending} (queued, or waiting for its next attempt),
 * {@code delivered}, or {@code failed} (every attempt of the retry schedule failed; replay it to try again). Its
 * id is the {@code webhook-id} header, the same on every attempt. {@code attempts} lists each try, oldest first,
 * when one delivery is read; a page of the log leaves them out.
 */
public record DeliveryView(UUID id, UUID webhookId, String eventType, String status, int attemptCount,
        OffsetDateTime nextAttemptAt, Integer lastStatusCode, String lastError, OffsetDateTime createdAt,
        OffsetDateTime deliveredAt, String payload, List<Attempt> attempts) {

    /** One try: when, what the receiver answered (or why nothing came back), and how long it took. */
    public record Attempt(OffsetDateTime attemptedAt, Integer statusCode, String error, int durationMs) {
    }

    List<String> sortKey() {
        return List.of(createdAt.toString(), id.toString());
    }
}
