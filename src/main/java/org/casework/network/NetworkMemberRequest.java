package org.casework.network;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of POST and PUT for a member of a person's network. */
public record NetworkMemberRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 50) String relationship,
        @Size(max = 200) String organisation,
        @Size(max = 50) @Pattern(regexp = "^[0-9 +()-]*$", message = "must be a phone number") String phone,
        @Size(max = 200) @Email String email,
        Boolean supportive,
        Boolean consentToContact,
        @Size(max = 2000) String notes) {
}
