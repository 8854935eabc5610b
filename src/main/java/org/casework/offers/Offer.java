package org.casework.offers;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A service or accommodation offered to the person on a case, and what became of it. */
@Entity
public class Offer {

    @Id
    public UUID id;

    public UUID caseId;
    /** The case's person and team, copied so lists filter without a join; the database keeps them in step. */
    public UUID personId;
    public UUID teamId;
    /** A code of the offer-type vocabulary. */
    public String offerType;
    public String description;
    /** A one-shot offer: declining it may end a duty, so how it went matters. */
    public boolean finalOffer;
    public OffsetDateTime offeredAt;
    public LocalDate respondBy;
    public UUID offeredByWorkerId;
    /** Who wrote it into Casework (the signed-in worker), never taken from the request; null for imports. */
    public UUID recordedByWorkerId;
    public OfferStatus status;
    /** The person's answer, accepted or declined; kept when an accepted offer is later withdrawn. */
    public String response;
    public OffsetDateTime respondedAt;
    public String responseReason;
    public OffsetDateTime withdrawnAt;
    public String withdrawalReason;

    @Version
    public long version;
}
