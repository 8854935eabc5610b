package org.casework.moments;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** One moment as a worker records it; the same body creates a moment and replaces it. */
public record MomentRequest(
        @NotNull @PastOrPresent OffsetDateTime occurredAt,
        @NotBlank @Size(max = 50) String type,
        @NotBlank @Size(max = 50) String observer,
        @NotBlank @Size(max = 4000) String whatHappened,
        Boolean inTheirWords,
        @NotNull @Size(min = 1, max = 8) List<@NotBlank @Size(max = 50) String> domains) {

    public boolean theirWords() {
        return Boolean.TRUE.equals(inTheirWords);
    }
}
