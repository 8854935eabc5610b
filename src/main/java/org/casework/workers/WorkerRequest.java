package org.casework.workers;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.casework.security.Role;

/** A worker as an admin records them: the body of POST and PUT. */
public record WorkerRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9._@-]+$",
                message = "must be letters, digits and . _ @ - only") String username,
        @NotBlank @Size(max = 200) String displayName,
        @Size(max = 200) @Email String email,
        @NotNull @Size(min = 1, max = 4, message = "must name between 1 and 4 roles") Set<@NotNull Role> roles,
        Boolean active,
        @NotNull @Size(min = 1, max = 50, message = "must name between 1 and 50 teams") Set<@NotNull UUID> teamIds) {
}
