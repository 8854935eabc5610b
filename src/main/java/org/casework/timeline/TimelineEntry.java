package org.casework.timeline;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.casework.common.PersonalData;

/**
 * One event of a person's relationship history: a contact, a case opened or closed, a handover, a referral or an
 * offer and what became of it, or a soft outcome moment. {@code code} is the channel, closure reason, offer type
 * or a moment's observer where there is one; a moment's {@code event} is its type.
 * Another team's entry is {@code redacted} unless the person consented to share across teams: a summary line
 * only (when, which team, the channel of a contact, and the key worker to contact), no notes.
 */
public record TimelineEntry(OffsetDateTime at, String kind, String event, UUID sourceId, UUID caseId, UUID teamId,
        UUID workerId, String code, String summary, boolean redacted, @JsonIgnore String entryKey) implements PersonalData {

    /** The person is the one the timeline was asked for: the audit takes it from the path. */
    @Override
    public UUID personId() {
        return null;
    }

    @Override
    public UUID auditId() {
        return sourceId;
    }

    @Override
    public String auditType() {
        return "timeline-" + kind;
    }

    /** The view's unique key breaks ties between events at the same moment. */
    List<String> sortKey() {
        return List.of(at.toString(), entryKey);
    }
}
