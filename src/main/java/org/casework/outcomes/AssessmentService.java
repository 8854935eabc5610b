package org.casework.outcomes;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.casework.cases.CaseRepository;
import org.casework.cases.SupportCase;
import org.casework.common.PageRequest;
import org.casework.common.Problem.FieldError;
import org.casework.common.ProblemException;
import org.casework.common.Slice;
import org.casework.common.TimeConfig;
import org.casework.outcomes.AssessmentRequest.AnswerBody;
import org.casework.outcomes.InstrumentRepository.Label;
import org.casework.outcomes.InstrumentRepository.Versioned;
import org.casework.outcomes.InstrumentVersion.Item;
import org.casework.outcomes.Scoring.Scored;
import org.casework.security.Caller;

@ApplicationScoped
@Transactional
public class AssessmentService {

    private final AssessmentRepository assessments;
    private final InstrumentRepository instrumentVersions;
    private final InstrumentService instruments;
    private final CaseRepository cases;
    private final Caller caller;
    private final Clock clock;

    public AssessmentService(AssessmentRepository assessments, InstrumentRepository instrumentVersions,
            InstrumentService instruments, CaseRepository cases, Caller caller, Clock clock) {
        this.assessments = assessments;
        this.instrumentVersions = instrumentVersions;
        this.instruments = instruments;
        this.cases = cases;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * Records an assessment on a case, with the instrument's current version unless another is asked for. Every
     * item must be answered with a whole number on its scale, or declined, and no item twice; the server scores
     * it. It must fall within the case (409 before it opened or after it closed). The recorder is the signed-in
     * worker.
     */
    public AssessmentView record(UUID caseId, AssessmentRequest request) {
        SupportCase supportCase = cases.require(caseId, caller.writeScope());
        Versioned versioned = instruments.forAssessment(request.instrument(), request.instrumentVersion());
        InstrumentVersion version = versioned.version();
        Map<String, Integer> values = answers(versioned, request.answers());
        OffsetDateTime assessedAt = request.assessedAt() == null ? TimeConfig.now(clock)
                : TimeConfig.stored(request.assessedAt());
        supportCase.requireOpenAt(assessedAt, "assessedAt");

        Scored scored = Scoring.score(version, values);
        Assessment assessment = new Assessment();
        assessment.id = UUID.randomUUID();
        assessment.caseId = supportCase.id;
        assessment.personId = supportCase.personId;
        assessment.teamId = supportCase.teamId;
        assessment.instrumentId = versioned.instrument().id;
        assessment.instrumentVersionId = version.id;
        assessment.assessedAt = assessedAt;
        assessment.respondent = request.respondent();
        assessment.recordedByWorkerId = caller.workerId().orElse(null);
        assessment.rawTotal = scored.rawTotal();
        assessment.score = scored.score();
        assessment.band = scored.band();
        assessment.createdAt = TimeConfig.now(clock);
        for (Item item : version.items) {
            Integer value = values.get(item.code);
            assessment.answers.add(new Assessment.Answer(item.code, value, value == null,
                    scored.itemBands().get(item.code)));
        }
        assessments.persist(assessment);
        assessments.flush();
        return AssessmentView.from(assessment, new Label(versioned.instrument().code, version.version));
    }

    @Transactional(TxType.SUPPORTS)
    public AssessmentView get(UUID caseId, UUID id) {
        Assessment assessment = assessments.require(caseId, id, caller.readScope());
        return AssessmentView.from(assessment,
                instrumentVersions.labels(List.of(assessment.instrumentVersionId)).get(assessment.instrumentVersionId));
    }

    @Transactional(TxType.SUPPORTS)
    public Slice<AssessmentView> list(UUID caseId, String instrumentCode, Respondent respondent, PageRequest page) {
        cases.require(caseId, caller.readScope());
        UUID instrumentId = null;
        if (instrumentCode != null && !instrumentCode.isBlank()) {
            instrumentId = instrumentVersions.instrument(instrumentCode.trim()).map(i -> i.id).orElseThrow(() ->
                    ProblemException.invalid(FieldError.query("instrument", "is not a known instrument")));
        }
        List<Assessment> found = assessments.page(caseId, instrumentId, respondent, page);
        Map<UUID, Label> labels = instrumentVersions.labels(found.stream().map(a -> a.instrumentVersionId)
                .distinct().toList());
        return Slice.of(found.stream().map(a -> AssessmentView.from(a, labels.get(a.instrumentVersionId))).toList(),
                page, AssessmentView::sortKey);
    }

    /**
     * Each item's value by code (null when declined), or a 400 listing every bad answer: an unknown or repeated
     * item, a value that is not a whole number on the item's scale, a value and a decline together or neither,
     * and any item left out.
     */
    private static Map<String, Integer> answers(Versioned versioned, List<AnswerBody> answers) {
        InstrumentVersion version = versioned.version();
        String instrument = versioned.instrument().code + " version " + version.version;
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> values = new LinkedHashMap<>();
        Map<String, Integer> seenAt = new HashMap<>();
        for (int i = 0; i < answers.size(); i++) {
            AnswerBody answer = answers.get(i);
            String at = "answers[" + i + "]";
            Item item = version.item(answer.item()).orElse(null);
            if (item == null) {
                errors.add(FieldError.body(at + ".item", "is not an item of " + instrument + " ("
                        + String.join(", ", version.items.stream().map(x -> x.code).toList()) + ")"));
                continue;
            }
            if (seenAt.containsKey(item.code)) {
                errors.add(FieldError.body(at + ".item", "answers " + item.code + " again (answers["
                        + seenAt.get(item.code) + "])"));
                continue;
            }
            seenAt.put(item.code, i);
            if (answer.hasValue() && answer.isDeclined()) {
                errors.add(FieldError.body(at, "give a value or declined: true, not both"));
            } else if (answer.isDeclined()) {
                values.put(item.code, null);
            } else if (!answer.hasValue()) {
                errors.add(FieldError.body(at + ".value", "is required unless the item is declined (declined: true)"));
            } else if (!answer.value().isIntegralNumber() || !answer.value().canConvertToInt()
                    || answer.value().intValue() < item.scaleMin || answer.value().intValue() > item.scaleMax) {
                errors.add(FieldError.body(at + ".value", "must be a whole number from " + item.scaleMin + " to "
                        + item.scaleMax + " for " + item.code));
            } else {
                values.put(item.code, answer.value().intValue());
            }
        }
        List<String> missing = version.items.stream().map(x -> x.code).filter(code -> !seenAt.containsKey(code))
                .toList();
        if (!missing.isEmpty()) {
            errors.add(FieldError.body("answers", "must answer or decline every item of " + instrument
                    + "; missing " + String.join(", ", missing)));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.toArray(FieldError[]::new));
        }
        return values;
    }
}
