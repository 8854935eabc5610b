package org.casework.outcomes;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** One completed instrument as a worker records it; the server scores it. */
public record AssessmentRequest(
        @NotBlank @Size(max = 50) String instrument,
        @Min(1) @Max(100000) Integer instrumentVersion,
        @PastOrPresent OffsetDateTime assessedAt,
        @NotNull Respondent respondent,
        @NotNull @Size(max = 100) List<@Valid @NotNull AnswerBody> answers) {

    /**
     * An item answered with a value, or declined. The value is read as raw JSON so that 3.5 or "3" is refused
     * rather than quietly turned into 3.
     */
    public record AnswerBody(@NotBlank @Size(max = 50) String item, JsonNode value, Boolean declined) {

        boolean hasValue() {
            return value != null && !value.isNull();
        }

        boolean isDeclined() {
            return Boolean.TRUE.equals(declined);
        }
    }
}
