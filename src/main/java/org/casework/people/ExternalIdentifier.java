package org.casework.people;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An integrator's own key for a person (council housing reference, NHS number, …), unique within its system. */
@Embeddable
public class ExternalIdentifier {

    public String system;
    public String value;

    protected ExternalIdentifier() {
    }

    public ExternalIdentifier(String system, String value) {
        this.system = system;
        this.value = value;
    }

    /** The API form. */
    public record Body(
            @NotBlank @Size(max = 50) @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$",
                    message = "must be lower-case letters, digits and hyphens, e.g. nhs-number") String system,
            @NotBlank @Size(max = 100) String value) {

        static Body from(ExternalIdentifier identifier) {
            return new Body(identifier.system, identifier.value);
        }
    }
}
