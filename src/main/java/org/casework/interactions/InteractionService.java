package org.casework.interactions;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
import org.casework.common.ProblemException;
import org.casework.common.Slice;
import org.casework.common.TimeConfig;
import org.casework.common.Versions;
import org.casework.reference.ReferenceService;
import org.casework.reference.Vocabulary;
import org.casework.security.Caller;
import org.casework.security.Role;
import org.casework.workers.WorkerRepository;

@ApplicationScoped
@Transactional
public class InteractionService {

    private final InteractionRepository interactions;
    private final CaseRepository cases;
    private final WorkerRepository workers;
    private final ReferenceService reference;
    private final Caller caller;
    private final Clock clock;

    public InteractionService(InteractionRepository interactions, CaseRepository cases, WorkerRepository workers,
            ReferenceService reference, Caller caller, Clock clock) {
        this.caller = caller;
        this.interactions = interactions;
        this.cases = cases;
        this.workers = workers;
        this.reference = reference;
        this.clock = clock;
    }

    /**
     * Records a contact on a case. It must fall within the case: not before it opened, and not after it closed
     * (a later contact belongs to a new case). The recorded time is now, so late recording stays visible.
     */
    public InteractionView record(UUID caseId, InteractionRequest request) {
        Interaction interaction = newContact(cases.require(caseId, caller.writeScope()), request);
        interactions.insert(interaction);
        return InteractionView.from(interaction);
    }

    /**
     * Checks a contact for an import line exactly as {@link #record} would, the case named in the line's
     * {@code field}, and stores nothing: the import refuses the line with this problem, or stores it with the rest.
     */
    @Transactional(TxType.SUPPORTS)
    public void check(UUID caseId, String field, InteractionRequest request) {
        newContact(cases.requireReferenced(caseId, field, caller.writeScope()), request);
    }

    /** The contact a request describes on that case, checked, not yet stored. */
    private Interaction newContact(SupportCase supportCase, InteractionRequest request) {
        Interaction interaction = new Interaction();
        interaction.id = UUID.randomUUID();
        interaction.caseId = supportCase.id;
        interaction.personId = supportCase.personId;
        interaction.teamId = supportCase.teamId;
        interaction.recordedAt = TimeConfig.now(clock);
        interaction.recordedByWorkerId = caller.workerId().orElse(null);
        apply(supportCase, interaction, request, callerAsLead());
        return interaction;
    }

    @Transactional(TxType.SUPPORTS)
    public InteractionView get(UUID caseId, UUID id) {
        return InteractionView.from(interactions.require(caseId, id, caller.readScope()));
    }

    @Transactional(TxType.SUPPORTS)
    public Slice<InteractionView> list(UUID caseId, OffsetDateTime from, OffsetDateTime to, ContactStatus status,
            PageRequest page) {
        cases.require(caseId, caller.readScope());
        return Slice.of(interactions.page(caseId, from, to, status, page).stream().map(InteractionView::from).toList(),
                page, InteractionView::sortKey);
    }

    /** Corrects a recorded contact; the same rules as recording apply, and the recorded time is kept. */
    public InteractionView replace(UUID caseId, UUID id, long expectedVersion, InteractionRequest request) {
        SupportCase supportCase = cases.require(caseId, caller.writeScope());
        Interaction interaction = interactions.require(caseId, id, caller.readScope());
        Versions.check(expectedVersion, interaction.version);
        apply(supportCase, interaction, request, interaction.leadWorkerId);
        interactions.flush();
        return InteractionView.from(interaction);
    }

    /** The lead of a new contact that names none: the caller, when they do casework themselves. */
    public UUID callerAsLead() {
        boolean caseworker = caller.has(Role.WORKER) || caller.has(Role.TEAM_LEAD);
        return caseworker ? caller.workerId().orElse(null) : null;
    }

    /** @param defaultLead the lead when the request names none, or null when it must name one */
    private void apply(SupportCase supportCase, Interaction interaction, InteractionRequest request,
            UUID defaultLead) {
        OffsetDateTime occurredAt = TimeConfig.stored(request.occurredAt());
        UUID leadId = request.leadWorkerId() != null ? request.leadWorkerId() : defaultLead;
        if (leadId == null) {
            throw ProblemException.invalidBody("leadWorkerId", "required",
                    "is required when the caller is not a worker or team lead: say who led the contact");
        }
        validate(supportCase, occurredAt, request, leadId);
        interaction.occurredAt = occurredAt;
        interaction.contactStatus = request.contactStatus();
        interaction.channel = request.channel();
        interaction.initiator = request.initiator();
        interaction.durationMinutes = request.durationMinutes();
        interaction.leadWorkerId = leadId;
        interaction.otherWorkerIds.clear();
        interaction.otherWorkerIds.addAll(request.otherWorkers());
        interaction.issues.clear();
        interaction.issues.addAll(request.issueCodes());
        interaction.summary = request.summary();
        interaction.whatMattered = request.whatMattered();
        interaction.outcome = request.outcome();
        interaction.followUpOn = request.followUpOn();
    }

    private void validate(SupportCase supportCase, OffsetDateTime occurredAt, InteractionRequest request,
            UUID leadId) {
        supportCase.requireOpenAt(occurredAt, "occurredAt");
        List<ReferenceService.Use> codes = new ArrayList<>(List.of(
                new ReferenceService.Use(Vocabulary.CHANNEL, request.channel(), "channel"),
                new ReferenceService.Use(Vocabulary.INITIATOR, request.initiator(), "initiator"),
                new ReferenceService.Use(Vocabulary.INTERACTION_OUTCOME, request.outcome(), "outcome")));
        codes.addAll(ReferenceService.uses(Vocabulary.ISSUE_CATEGORY, request.issueCodes(), "issues"));
        reference.requireActive(codes);
        if (new HashSet<>(request.issueCodes()).size() != request.issueCodes().size()) {
            throw ProblemException.invalidBody("issues", "repeated", "must not repeat a category");
        }
        workers.requireActiveMember(leadId, supportCase.teamId, "leadWorkerId");
        List<UUID> others = request.otherWorkers();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < others.size(); i++) {
            String field = "otherWorkerIds[" + i + "]";
            if (others.get(i).equals(leadId)) {
                throw ProblemException.invalidBody(field, "is the lead worker; list only the others present");
            }
            if (!seen.add(others.get(i))) {
                throw ProblemException.invalidBody(field, "repeated", "is listed twice");
            }
            workers.requireActive(others.get(i), field);
        }
        if (request.followUpOn() != null
                && request.followUpOn().isBefore(occurredAt.atZoneSameInstant(TimeConfig.LOCAL_ZONE).toLocalDate())) {
            throw ProblemException.invalidBody("followUpOn", "before-contact", "must not be before the day of the contact");
        }
    }
}
