package org.casework.people;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A person as a worker records them: the body of POST (create) and PUT (replace). */
public record PersonRequest(
        UUID registeredByTeamId,
        @NotBlank @Size(max = 200) String preferredName,
        @NotBlank @Size(max = 200) String fullName,
        @Past LocalDate dateOfBirth,
        @Size(max = 50) String pronouns,
        @Pattern(regexp = "en|cy", message = "must be en or cy") String preferredLanguage,
        @Valid ContactPreferences contactPreferences,
        @Size(max = 4000) String whatMattersToMe,
        @Size(max = 30) List<@NotBlank @Size(max = 500) String> strengths,
        @Size(max = 2000) String communicationNeeds,
        @Size(max = 2000) String accessNeeds,
        @Size(max = 2000) String safetyNotes,
        Boolean consentToShareAcrossTeams,
        @Size(max = 20) List<ExternalIdentifier.@NotNull @Valid Body> externalIds) {

    /** How and where to reach the person, and how they prefer it. */
    public record ContactPreferences(
            @Size(max = 5) List<@NotNull ContactMethod> methods,
            @Size(max = 50) @Pattern(regexp = "^[0-9 +()-]*$", message = "must be a phone number") String phone,
            @Size(max = 200) @Email String email,
            @Size(max = 500) String address,
            @Size(max = 1000) String notes) {
    }
}
