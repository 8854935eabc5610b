package org.casework.interactions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * One contact as a worker records it; the same body creates an interaction and replaces it. Without
 * {@code leadWorkerId}, a new contact was led by the caller (a worker or team lead) and a corrected one keeps its lead.
 */
public record InteractionRequest(
        @NotNull @PastOrPresent OffsetDateTime occurredAt,
        @NotNull ContactStatus contactStatus,
        @NotBlank @Size(max = 50) String channel,
        @NotBlank @Size(max = 50) String initiator,
        @Min(0) @Max(1440) Integer durationMinutes,
        UUID leadWorkerId,
        @Size(max = 10) List<@NotNull UUID> otherWorkerIds,
        @Size(max = 10) List<@NotBlank @Size(max = 50) String> issues,
        @Size(max = 8000) String summary,
        @Size(max = 4000) String whatMattered,
        @Size(max = 50) String outcome,
        LocalDate followUpOn) {

    public List<UUID> otherWorkers() {
        return otherWorkerIds == null ? List.of() : otherWorkerIds;
    }

    public List<String> issueCodes() {
        return issues == null ? List.of() : issues;
    }
}
