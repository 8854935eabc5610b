package org.casework.referrals;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A handoff of a case to another team or to an outside agency, and what the receiver made of it. */
@Entity
public class Referral {

    @Id
    public UUID id;

    public UUID caseId;
    /** The case's person and team, copied so lists filter without a join; the database keeps them in step. */
    public UUID personId;
    public UUID teamId;
    /** Exactly one of toTeamId and toAgency is set. */
    public UUID toTeamId;
    public String toAgency;
    public String reason;
    public ReferralStatus status;
    public OffsetDateTime sentAt;
    public UUID sentByWorkerId;
    /** Who wrote it into Casework (the signed-in worker), never taken from the request; null for imports. */
    public UUID recordedByWorkerId;
    /** Who follows the referral up now. */
    public UUID ownerWorkerId;
    public OffsetDateTime acknowledgedAt;
    public OffsetDateTime respondedAt;
    public String responseNote;

    @Version
    public long version;
}
