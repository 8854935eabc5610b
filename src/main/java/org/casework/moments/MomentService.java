package org.casework.moments;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.casework.cases.CaseRepository;
import org.casework.cases.SupportCase;
import org.casework.common.PageRequest;
import org.casework.common.Params;
import org.casework.common.ProblemException;
import org.casework.common.Slice;
import org.casework.common.TimeConfig;
import org.casework.common.Versions;
import org.casework.reference.ReferenceCodeView;
import org.casework.reference.ReferenceService;
import org.casework.reference.Vocabulary;
import org.casework.security.Caller;

@ApplicationScoped
@Transactional
public class MomentService {

    private final MomentRepository moments;
    private final CaseRepository cases;
    private final ReferenceService reference;
    private final Caller caller;
    private final Clock clock;

    public MomentService(MomentRepository moments, CaseRepository cases, ReferenceService reference, Caller caller,
            Clock clock) {
        this.moments = moments;
        this.cases = cases;
        this.reference = reference;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * Records a moment on a case. Like a contact it must fall within the case: not before it opened, and not after
     * it closed (409). The author is the signed-in worker and the recorded time is now, never from the request.
     */
    public MomentView record(UUID caseId, MomentRequest request) {
        SupportCase supportCase = cases.require(caseId, caller.writeScope());
        Moment moment = new Moment();
        moment.id = UUID.randomUUID();
        moment.caseId = supportCase.id;
        moment.personId = supportCase.personId;
        moment.teamId = supportCase.teamId;
        moment.recordedAt = TimeConfig.now(clock);
        moment.recordedByWorkerId = caller.workerId().orElse(null);
        apply(supportCase, moment, request);
        moments.persist(moment);
        moments.flush();
        return MomentView.from(moment);
    }

    @Transactional(TxType.SUPPORTS)
    public MomentView get(UUID caseId, UUID id) {
        return MomentView.from(moments.require(caseId, id, caller.readScope()));
    }

    /** A case's moments, newest first, optionally of one type, tagged with one domain, between two instants. */
    @Transactional(TxType.SUPPORTS)
    public Slice<MomentView> list(UUID caseId, String type, String domain, OffsetDateTime from, OffsetDateTime to,
            PageRequest page) {
        cases.require(caseId, caller.readScope());
        // retired codes are still valid filters: old moments carry them
        requireKnown(Vocabulary.MOMENT_TYPE, type, "type");
        requireKnown(Vocabulary.WELLBEING_DOMAIN, domain, "domain");
        return Slice.of(moments.page(caseId, type, domain, from, to, page).stream().map(MomentView::from).toList(),
                page, MomentView::sortKey);
    }

    /** Corrects a recorded moment; the same rules as recording apply, and the author and recorded time are kept. */
    public MomentView replace(UUID caseId, UUID id, long expectedVersion, MomentRequest request) {
        SupportCase supportCase = cases.require(caseId, caller.writeScope());
        Moment moment = moments.require(caseId, id, caller.readScope());
        Versions.check(expectedVersion, moment.version);
        apply(supportCase, moment, request);
        moments.flush();
        return MomentView.from(moment);
    }

    private void apply(SupportCase supportCase, Moment moment, MomentRequest request) {
        OffsetDateTime occurredAt = TimeConfig.stored(request.occurredAt());
        validate(supportCase, occurredAt, request);
        moment.occurredAt = occurredAt;
        moment.type = request.type();
        moment.observer = request.observer();
        moment.whatHappened = request.whatHappened();
        moment.inTheirWords = request.theirWords();
        moment.domains.clear();
        moment.domains.addAll(request.domains());
    }

    private void validate(SupportCase supportCase, OffsetDateTime occurredAt, MomentRequest request) {
        supportCase.requireOpenAt(occurredAt, "occurredAt");
        reference.requireActive(Vocabulary.MOMENT_TYPE, request.type(), "type");
        reference.requireActive(Vocabulary.OBSERVER, request.observer(), "observer");
        List<String> domains = request.domains();
        reference.requireActive(Vocabulary.WELLBEING_DOMAIN, domains, "domains");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < domains.size(); i++) {
            if (!seen.add(domains.get(i))) {
                throw ProblemException.invalidBody("domains[" + i + "]", "repeated", "is listed twice");
            }
        }
    }

    private void requireKnown(Vocabulary vocabulary, String code, String parameter) {
        if (code != null && reference.codes(vocabulary).stream().map(ReferenceCodeView::code).noneMatch(code::equals)) {
            throw Params.invalid(parameter, "is not a code of the " + vocabulary.code() + " vocabulary (see /api/reference/"
                    + vocabulary.code() + ")");
        }
    }
}
