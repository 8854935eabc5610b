package org.casework.people;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.casework.identifiers.IdentifierValue;

/**
 * An integrator's own key for a person (council housing reference, NHS number, …), unique within its system. The
 * system is a code of the catalogue ({@code /api/identifier-systems}), stored lower-case; the value is stored in
 * its system's normal form ({@link org.casework.identifiers.IdentifierRules}).
 */
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
            @NotBlank @Size(max = 50) @Pattern(regexp = IdentifierValue.SYSTEM_CODE,
                    message = "must be letters, digits and hyphens, e.g. nhs-number") String system,
            @NotBlank @Size(max = 100) String value) {

        static Body from(ExternalIdentifier identifier) {
            return new Body(identifier.system, identifier.value);
        }

        IdentifierValue asGiven() {
            return new IdentifierValue(system, value);
        }
    }
}
