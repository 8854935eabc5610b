package org.casework.outcomes;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.casework.common.PersonalData;
import org.casework.outcomes.InstrumentRepository.Label;

/** One assessment as the API answers it: the raw answers, with item bands, and the score. */
public record AssessmentView(UUID id, UUID caseId, UUID personId, UUID teamId, String instrument,
        int instrumentVersion, OffsetDateTime assessedAt, Respondent respondent, UUID recordedByWorkerId,
        List<AnswerView> answers, Integer rawTotal, BigDecimal score, String band, OffsetDateTime createdAt,
        long version) implements PersonalData {

    @Override
    public String auditType() {
        return "assessment";
    }

    public record AnswerView(String item, Integer value, boolean declined, String band) {
    }

    @Override
    public UUID auditId() {
        return id;
    }

    public static AssessmentView from(Assessment a, Label label) {
        return new AssessmentView(a.id, a.caseId, a.personId, a.teamId, label.code(), label.version(), a.assessedAt,
                a.respondent, a.recordedByWorkerId,
                a.answers.stream().map(x -> new AnswerView(x.itemCode, x.value, x.declined, x.band)).toList(),
                a.rawTotal, a.score, a.band, a.createdAt, a.version);
    }

    List<String> sortKey() {
        return List.of(assessedAt.toString(), id.toString());
    }
}
