package org.casework.webhooks;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A subscription as an admin asks for it. {@code active} false disables it (nothing is queued for it meanwhile);
 * true again, and it is sent everything that changed since, from where it stopped.
 */
public record WebhookRequest(@NotBlank @Size(max = 2000) String url, @Size(max = 500) String description,
        @NotEmpty @Size(max = 100) List<@NotNull String> eventTypes,
        @NotEmpty @Size(max = 50) List<@NotNull UUID> teamIds, Boolean active) {

    boolean activeOrDefault() {
        return active == null || active;
    }
}
