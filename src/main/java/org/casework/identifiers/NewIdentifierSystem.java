package org.casework.identifiers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A free-form identifier system an admin adds: values are trimmed and otherwise taken as they are. */
public record NewIdentifierSystem(
        @NotBlank @Size(max = 50) @Pattern(regexp = IdentifierValue.SYSTEM_CODE,
                message = "must be letters, digits and hyphens, e.g. housing-benefit-ref") String code,
        @NotBlank @Size(max = 200) String labelEn,
        @NotBlank @Size(max = 200) String labelCy) {
}
