package org.casework.webhooks;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A subscription as the API answers it. {@code secret} is answered once, when it is made, and null ever after.
 */
public record WebhookView(UUID id, String url, String description, List<String> eventTypes, List<UUID> teamIds,
        boolean active, String disabledReason, OffsetDateTime disabledAt, int consecutiveFailures,
        OffsetDateTime createdAt, long version, String secret) {

    static WebhookView from(WebhookSubscription s) {
        return new WebhookView(s.id, s.url, s.description, List.of(s.eventTypes), List.of(s.teamIds), s.active,
                s.disabledReason, s.disabledAt, s.consecutiveFailures, s.createdAt, s.version, null);
    }

    /** The answer to its creation: the only time the secret is shown. */
    WebhookView withSecret(String shownOnce) {
        return new WebhookView(id, url, description, eventTypes, teamIds, active, disabledReason, disabledAt,
                consecutiveFailures, createdAt, version, shownOnce);
    }

    List<String> sortKey() {
        return List.of(createdAt.toString(), id.toString());
    }
}
