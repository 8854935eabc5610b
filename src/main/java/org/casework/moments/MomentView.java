package org.casework.moments;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.casework.common.PersonalData;

/** One moment as the API answers it. */
public record MomentView(UUID id, UUID caseId, UUID personId, UUID teamId, OffsetDateTime occurredAt,
        OffsetDateTime recordedAt, UUID recordedByWorkerId, String type, String observer, String whatHappened,
        boolean inTheirWords, List<String> domains, long version) implements PersonalData {

    @Override
    public String auditType() {
        return "moment";
    }

    @Override
    public UUID auditId() {
        return id;
    }

    public static MomentView from(Moment m) {
        return new MomentView(m.id, m.caseId, m.personId, m.teamId, m.occurredAt, m.recordedAt,
                m.recordedByWorkerId, m.type, m.observer, m.whatHappened, m.inTheirWords,
                m.domains.stream().sorted().toList(), m.version);
    }

    List<String> sortKey() {
        return List.of(occurredAt.toString(), id.toString());
    }
}
