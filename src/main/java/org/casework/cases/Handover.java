package org.casework.cases;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A change of key worker on a case: from whom, to whom, when and why. Never changed once recorded. */
@Entity
public class Handover {

    @Id
    public UUID id;

    public UUID caseId;
    public UUID fromWorkerId;
    public UUID toWorkerId;
    public OffsetDateTime handedOverAt;
    public String reason;
}
