package org.casework.offers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import org.casework.common.Versions;
import org.casework.offers.OfferRequests.NewOffer;
import org.casework.offers.OfferRequests.OfferResponse;
import org.casework.offers.OfferRequests.Withdrawal;
import org.casework.reference.ReferenceService;
import org.casework.reference.Vocabulary;
import org.casework.security.Caller;
import org.casework.workers.WorkerRepository;

@ApplicationScoped
@Transactional
public class OfferService {

    private final OfferRepository offers;
    private final CaseRepository cases;
    private final WorkerRepository workers;
    private final ReferenceService reference;
    private final Caller caller;
    private final Clock clock;

    public OfferService(OfferRepository offers, CaseRepository cases, WorkerRepository workers,
            ReferenceService reference, Caller caller, Clock clock) {
        this.caller = caller;
        this.offers = offers;
        this.cases = cases;
        this.workers = workers;
        this.reference = reference;
        this.clock = clock;
    }

    /**
     * Makes an offer on an open case. The worker must be an active member of the case's team; the date to respond
     * by, if any, is not before the day of the offer (Europe/London).
     */
    public OfferView make(NewOffer request) {
        SupportCase supportCase = cases.requireReferenced(request.caseId(), "caseId", caller.writeScope());
        reference.requireActive(Vocabulary.OFFER_TYPE, request.offerType(), "offerType");
        if (!supportCase.isOpen()) {
            throw ProblemException.conflict("The case is closed; offers are made on an open case",
                    FieldError.body("caseId", "is a closed case"));
        }
        workers.requireActiveMember(request.offeredByWorkerId(), supportCase.teamId, "offeredByWorkerId");
        OffsetDateTime offeredAt = request.offeredAt() == null ? TimeConfig.now(clock)
                : TimeConfig.stored(request.offeredAt());
        if (offeredAt.isBefore(supportCase.openedAt)) {
            throw ProblemException.invalidBody("offeredAt", "must not be before the case was opened");
        }
        LocalDate offerDate = offeredAt.atZoneSameInstant(TimeConfig.LOCAL_ZONE).toLocalDate();
        if (request.respondBy() != null && request.respondBy().isBefore(offerDate)) {
            throw ProblemException.invalidBody("respondBy", "must not be before the day of the offer");
        }
        Offer offer = new Offer();
        offer.id = UUID.randomUUID();
        offer.caseId = supportCase.id;
        offer.personId = supportCase.personId;
        offer.teamId = supportCase.teamId;
        offer.offerType = request.offerType();
        offer.description = request.description().strip();
        offer.finalOffer = Boolean.TRUE.equals(request.finalOffer());
        offer.offeredAt = offeredAt;
        offer.respondBy = request.respondBy();
        offer.offeredByWorkerId = request.offeredByWorkerId();
        offer.recordedByWorkerId = caller.workerId().orElse(null);
        offer.status = OfferStatus.OFFERED;
        offers.persist(offer);
        offers.flush();
        return OfferView.from(offer);
    }

    @Transactional(TxType.SUPPORTS)
    public OfferView get(UUID id) {
        return OfferView.from(offers.require(id, caller.readScope()));
    }

    @Transactional(TxType.SUPPORTS)
    public Slice<OfferView> list(UUID caseId, UUID personId, UUID teamId, OfferStatus status, PageRequest page) {
        return Slice.of(offers.page(caller.readScope(), caseId, personId, teamId, status, page).stream()
                .map(OfferView::from).toList(),
                page, OfferView::sortKey);
    }

    /** Records the person's answer to an open offer, once. Declining needs the reason, in their words. */
    public OfferView respond(UUID id, long expectedVersion, OfferResponse request) {
        Offer offer = offers.require(id, caller.writeScope());
        Versions.check(expectedVersion, offer.version);
        if (offer.status != OfferStatus.OFFERED) {
            throw ProblemException.conflict("The offer is " + offer.status + "; only an open offer can be answered",
                    FieldError.body("response", "cannot follow " + offer.status));
        }
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        if ("declined".equals(request.response()) && reason == null) {
            throw ProblemException.invalidBody("reason", "is required when the offer is declined");
        }
        OffsetDateTime at = request.at() == null ? TimeConfig.now(clock) : TimeConfig.stored(request.at());
        if (at.isBefore(offer.offeredAt)) {
            throw ProblemException.invalidBody("at", "must not be before the offer was made");
        }
        offer.response = request.response();
        offer.respondedAt = at;
        offer.responseReason = reason;
        offer.status = "accepted".equals(request.response()) ? OfferStatus.ACCEPTED : OfferStatus.DECLINED;
        offers.flush();
        return OfferView.from(offer);
    }

    /**
     * Withdraws an open or accepted offer with the reason. An accepted offer keeps its acceptance on record, so an
     * offer withdrawn after the person said yes stays visible as such.
     */
    public OfferView withdraw(UUID id, long expectedVersion, Withdrawal request) {
        Offer offer = offers.require(id, caller.writeScope());
        Versions.check(expectedVersion, offer.version);
        if (offer.status != OfferStatus.OFFERED && offer.status != OfferStatus.ACCEPTED) {
            throw ProblemException.conflict("The offer is " + offer.status + "; only an open or accepted offer can be withdrawn");
        }
        OffsetDateTime at = request.at() == null ? TimeConfig.now(clock) : TimeConfig.stored(request.at());
        if (at.isBefore(offer.offeredAt)) {
            throw ProblemException.invalidBody("at", "must not be before the offer was made");
        }
        if (offer.respondedAt != null && at.isBefore(offer.respondedAt)) {
            throw ProblemException.invalidBody("at", "must not be before the offer was accepted");
        }
        offer.status = OfferStatus.WITHDRAWN;
        offer.withdrawnAt = at;
        offer.withdrawalReason = request.reason().strip();
        offers.flush();
        return OfferView.from(offer);
    }
}
