package org.casework.teams;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record TeamRequest(@NotBlank @Size(max = 120) String name, @Size(max = 1000) String description) {
}
