package org.casework.privacy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why a person's record is erased, e.g. a request reference and who approved it. It is kept after the personal
 * data is gone, so it must not contain any: no names, addresses, dates of birth or circumstances.
 */
public record ErasureRequest(@NotBlank @Size(max = 2000) String reason) {
}
