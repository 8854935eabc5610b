package org.casework.outcomes;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A scale by its code; what it asks and how it scores is in its versions. */
@Entity
public class Instrument {

    @Id
    public UUID id;

    public String code;
    /** Seeded with Casework (SWEMWBS, ONS4, well-being domains) rather than defined by an admin. */
    public boolean builtIn;
    public OffsetDateTime createdAt;
}
