package org.casework.identifiers;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.casework.identifiers.IdentifierRules.Normaliser;
import org.casework.identifiers.IdentifierRules.Validator;

/** A system of external identifiers (NHS number, council housing reference, …): how its values are written. */
@Entity
public class IdentifierSystem {

    /** Lower-case; compared case-insensitively. */
    @Id
    public String code;

    public String labelEn;
    public String labelCy;
    public Normaliser normaliser;
    public Validator validator;
    /** Shipped with Casework, rather than added by an admin or found in use by migration V14. */
    public boolean builtIn;
    public OffsetDateTime createdAt;

    /** The value as stored and compared. */
    public String normalise(String value) {
        return normaliser.apply(value);
    }
}
