package org.casework.referrals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.casework.common.PersonalData;

public record ReferralView(UUID id, UUID caseId, UUID personId, UUID teamId, UUID toTeamId, String toAgency,
        String reason, ReferralStatus status, OffsetDateTime sentAt, UUID sentByWorkerId, UUID recordedByWorkerId, UUID ownerWorkerId,
        OffsetDateTime acknowledgedAt, OffsetDateTime respondedAt, String responseNote, long version)
        implements PersonalData {

    /** What the audit log calls a referral, whichever request read or changed it. */
    public static final String AUDIT_TYPE = "referral";

    @Override
    public String auditType() {
        return AUDIT_TYPE;
    }

    @Override
    public UUID auditId() {
        return id;
    }

    public static ReferralView from(Referral r) {
        return new ReferralView(r.id, r.caseId, r.personId, r.teamId, r.toTeamId, r.toAgency, r.reason, r.status,
                r.sentAt, r.sentByWorkerId, r.recordedByWorkerId, r.ownerWorkerId, r.acknowledgedAt, r.respondedAt, r.responseNote,
                r.version);
    }

    List<String> sortKey() {
        return List.of(sentAt.toString(), id.toString());
    }
}
