package org.casework.interactions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.casework.common.PersonalData;

/** One contact as the API answers it. */
public record InteractionView(UUID id, UUID caseId, UUID personId, UUID teamId, OffsetDateTime occurredAt,
        OffsetDateTime recordedAt, UUID recordedByWorkerId, ContactStatus contactStatus, String channel, String initiator,
        Integer durationMinutes, UUID leadWorkerId, List<UUID> otherWorkerIds, List<String> issues, String summary,
        String whatMattered, String outcome, LocalDate followUpOn, long version) implements PersonalData {

    /** What the audit log calls a contact. */
    public static final String AUDIT_TYPE = "interaction";

    @Override
    public String auditType() {
        return AUDIT_TYPE;
    }

    @Override
    public UUID auditId() {
        return id;
    }

    public static InteractionView from(Interaction i) {
        return new InteractionView(i.id, i.caseId, i.personId, i.teamId, i.occurredAt, i.recordedAt,
                i.recordedByWorkerId, i.contactStatus, i.channel, i.initiator, i.durationMinutes, i.leadWorkerId,
                i.otherWorkerIds.stream().sorted().toList(), i.issues.stream().sorted().toList(), i.summary,
                i.whatMattered, i.outcome, i.followUpOn, i.version);
    }

    List<String> sortKey() {
        return List.of(occurredAt.toString(), id.toString());
    }
}
