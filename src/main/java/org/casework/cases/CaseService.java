package org.casework.cases;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.casework.cases.CaseRequests.CaseDetails;
import org.casework.cases.CaseRequests.Closure;
import org.casework.cases.CaseRequests.GoalBody;
import org.casework.cases.CaseRequests.NeedBody;
import org.casework.cases.CaseRequests.NewCase;
import org.casework.cases.CaseRequests.NewHandover;
import org.casework.cases.CaseViews.CaseView;
import org.casework.cases.CaseViews.HandoverView;
import org.casework.common.PageRequest;
import org.casework.common.Problem.FieldError;
import org.casework.common.ProblemException;
import org.casework.common.Slice;
import org.casework.common.TimeConfig;
import org.casework.common.Versions;
import org.casework.people.PersonRepository;
import org.casework.reference.ReferenceService;
import org.casework.reference.Vocabulary;
import org.casework.security.Caller;
import org.casework.teams.TeamRepository;
import org.casework.workers.WorkerRepository;

@ApplicationScoped
@Transactional
public class CaseService {

    private final CaseRepository cases;
    private final PersonRepository people;
    private final TeamRepository teams;
    private final WorkerRepository workers;
    private final ReferenceService reference;
    private final Caller caller;
    private final Clock clock;

    public CaseService(CaseRepository cases, PersonRepository people, TeamRepository teams, WorkerRepository workers,
            ReferenceService reference, Caller caller, Clock clock) {
        this.caller = caller;
        this.cases = cases;
        this.people = people;
        this.teams = teams;
        this.workers = workers;
        this.reference = reference;
        this.clock = clock;
    }

    /**
     * Opens a case. The key worker must be an active member of the case's team, and a person has at most one
     * open case per team, so their history in that team is never split.
     */
    public CaseView open(NewCase request) {
        SupportCase supportCase = newCase(request);
        cases.persist(supportCase);
        cases.flush();
        return CaseView.from(supportCase);
    }

    /**
     * Checks a case for an import line exactly as {@link #open} would, and stores nothing: the import refuses the
     * line with this problem, or stores it with the rest.
     */
    @Transactional(TxType.SUPPORTS)
    public void check(NewCase request) {
        newCase(request);
    }

    /** The problem of a second open case for a person in one team. */
    public static ProblemException alreadyOpen() {
        return ProblemException.conflict("The person already has an open case in this team; add to it instead",
                FieldError.body("personId", "already has an open case in this team").coded("case-already-open"));
    }

    /** The case a request opens, checked, not yet stored. */
    private SupportCase newCase(NewCase request) {
        teams.requireReferenced(request.teamId(), "teamId");
        caller.requireOwnTeam(request.teamId(), "teamId");
        if (people.findById(request.personId()) == null
                || !people.isVisible(request.personId(), caller.writeScope())) {
            throw ProblemException.invalidBody("personId", "is not a known person");
        }
        if (people.findById(request.personId()).erasedAt != null) {
            throw ProblemException.conflict("This person's record was erased; nothing more can be recorded about them",
                    FieldError.body("personId", "was erased"));
        }
        workers.requireActiveMember(request.keyWorkerId(), request.teamId(), "keyWorkerId");
        validateDetails(request.needs(), request.goals());
        if (cases.hasOpenCase(request.personId(), request.teamId())) {
            throw alreadyOpen();
        }
        OffsetDateTime now = TimeConfig.now(clock);
        SupportCase supportCase = new SupportCase();
        supportCase.id = UUID.randomUUID();
        supportCase.personId = request.personId();
        supportCase.teamId = request.teamId();
        supportCase.keyWorkerId = request.keyWorkerId();
        supportCase.status = CaseStatus.OPEN;
        supportCase.openedAt = request.openedAt() == null ? now : TimeConfig.stored(request.openedAt());
        supportCase.createdAt = now;
        applyDetails(supportCase, request.summary(), request.needs(), request.goals());
        return supportCase;
    }

    @Transactional(TxType.SUPPORTS)
    public CaseView get(UUID id) {
        return CaseView.from(cases.require(id, caller.readScope()));
    }

    @Transactional(TxType.SUPPORTS)
    public Slice<CaseView> list(UUID personId, UUID teamId, UUID keyWorkerId, CaseStatus status, PageRequest page) {
        return Slice.of(cases.page(caller.readScope(), personId, teamId, keyWorkerId, status, page).stream()
                .map(CaseView::from).toList(),
                page, CaseView::sortKey);
    }

    /** Replaces the summary, needs and goals. */
    public CaseView replaceDetails(UUID id, long expectedVersion, CaseDetails request) {
        SupportCase supportCase = cases.require(id, caller.writeScope());
        Versions.check(expectedVersion, supportCase.version);
        validateDetails(request.needs(), request.goals());
        applyDetails(supportCase, request.summary(), request.needs(), request.goals());
        cases.flush();
        return CaseView.from(supportCase);
    }

    /**
     * Hands the case to another key worker of the same team, recording who from, who to, when and why. Only an
     * open case has a key worker to hand over.
     */
    public HandoverView handOver(UUID id, long expectedVersion, NewHandover request) {
        SupportCase supportCase = cases.require(id, caller.writeScope());
        Versions.check(expectedVersion, supportCase.version);
        if (!supportCase.isOpen()) {
            throw ProblemException.conflict("A closed case has no key worker to hand over");
        }
        workers.requireActiveMember(request.toWorkerId(), supportCase.teamId, "toWorkerId");
        if (request.toWorkerId().equals(supportCase.keyWorkerId)) {
            throw ProblemException.invalidBody("toWorkerId", "already-key-worker", "is already the key worker");
        }
        OffsetDateTime at = request.handedOverAt() == null ? TimeConfig.now(clock)
                : TimeConfig.stored(request.handedOverAt());
        if (at.isBefore(supportCase.openedAt)) {
            throw ProblemException.invalidBody("handedOverAt", "before-case-opened", "must not be before the case was opened");
        }
        Handover handover = new Handover();
        handover.id = UUID.randomUUID();
        handover.caseId = supportCase.id;
        handover.fromWorkerId = supportCase.keyWorkerId;
        handover.toWorkerId = request.toWorkerId();
        handover.handedOverAt = at;
        handover.reason = request.reason().strip();
        cases.persist(handover);
        supportCase.keyWorkerId = request.toWorkerId();
        cases.flush();
        return HandoverView.from(handover, supportCase.personId);
    }

    @Transactional(TxType.SUPPORTS)
    public List<HandoverView> handovers(UUID id) {
        SupportCase supportCase = cases.require(id, caller.readScope());
        return cases.handovers(id).stream().map(h -> HandoverView.from(h, supportCase.personId)).toList();
    }

    /** Closes an open case with a reason from the closure-reason vocabulary. A closed case is not reopened. */
    public CaseView close(UUID id, long expectedVersion, Closure request) {
        SupportCase supportCase = cases.require(id, caller.writeScope());
        Versions.check(expectedVersion, supportCase.version);
        if (!supportCase.isOpen()) {
            throw ProblemException.conflict("The case is already closed; open a new case if the person needs support again");
        }
        reference.requireActive(Vocabulary.CLOSURE_REASON, request.reason(), "reason");
        OffsetDateTime at = request.closedAt() == null ? TimeConfig.now(clock) : TimeConfig.stored(request.closedAt());
        if (at.isBefore(supportCase.openedAt)) {
            throw ProblemException.invalidBody("closedAt", "before-case-opened", "must not be before the case was opened");
        }
        supportCase.status = CaseStatus.CLOSED;
        supportCase.closedAt = at;
        supportCase.closureReason = request.reason();
        supportCase.closureNote = request.note();
        cases.flush();
        return CaseView.from(supportCase);
    }

    private void validateDetails(List<NeedBody> needs, List<GoalBody> goals) {
        if (needs != null) {
            for (int i = 0; i < needs.size(); i++) {
                reference.requireActive(Vocabulary.NEED_DOMAIN, needs.get(i).domain(), "needs[" + i + "].domain");
            }
        }
        if (goals != null) {
            for (int i = 0; i < goals.size(); i++) {
                reference.requireActive(Vocabulary.WELLBEING_DOMAIN, goals.get(i).domain(), "goals[" + i + "].domain");
            }
        }
    }

    /** Sets what a worker may edit on a case, as requests give it (also how an import stages a case). */
    public static void applyDetails(SupportCase supportCase, String summary, List<NeedBody> needs,
            List<GoalBody> goals) {
        supportCase.summary = summary;
        supportCase.needs.clear();
        if (needs != null) {
            needs.forEach(n -> supportCase.needs.add(new SupportCase.Need(n.domain(), n.description().strip())));
        }
        supportCase.goals.clear();
        if (goals != null) {
            goals.forEach(g -> supportCase.goals.add(new SupportCase.Goal(g.inTheirWords().strip(),
                    Boolean.TRUE.equals(g.achieved()), g.domain())));
        }
    }
}
