package org.casework.teams;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A team; {@code repeatWindowDays} defaults to 28 (see the repeat-presentation dashboard). */
public record TeamRequest(@NotBlank @Size(max = 120) String name, @Size(max = 1000) String description,
        @Min(1) @Max(365) Integer repeatWindowDays) {

    int repeatWindowDaysOrDefault() {
        return repeatWindowDays == null ? Team.DEFAULT_REPEAT_WINDOW_DAYS : repeatWindowDays;
    }
}
