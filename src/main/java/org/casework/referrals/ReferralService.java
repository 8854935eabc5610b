package org.casework.referrals;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.casework.cases.CaseRepository;
import org.casework.cases.SupportCase;
import org.casework.common.Coded;
import org.casework.common.PageRequest;
import org.casework.common.Problem.FieldError;
import org.casework.common.ProblemException;
import org.casework.common.Slice;
import org.casework.common.TimeConfig;
import org.casework.common.Versions;
import org.casework.referrals.ReferralRequests.NewReferral;
import org.casework.referrals.ReferralRequests.StatusChange;
import org.casework.security.Caller;
import org.casework.teams.TeamRepository;
import org.casework.workers.WorkerRepository;

@ApplicationScoped
@Transactional
public class ReferralService {

    private final ReferralRepository referrals;
    private final CaseRepository cases;
    private final TeamRepository teams;
    private final WorkerRepository workers;
    private final Caller caller;
    private final Clock clock;

    public ReferralService(ReferralRepository referrals, CaseRepository cases, TeamRepository teams,
            WorkerRepository workers, Caller caller, Clock clock) {
        this.caller = caller;
        this.referrals = referrals;
        this.cases = cases;
        this.teams = teams;
        this.workers = workers;
        this.clock = clock;
    }

    /**
     * Sends a referral from an open case to exactly one destination: another team or an outside agency. The
     * sender must be an active member of the case's team; the owner (the sender unless named) follows it up.
     */
    public ReferralView send(NewReferral request) {
        SupportCase supportCase = cases.requireReferenced(request.caseId(), "caseId", caller.writeScope());
        String toAgency = request.toAgency() == null || request.toAgency().isBlank() ? null : request.toAgency().strip();
        if ((request.toTeamId() == null) == (toAgency == null)) {
            String message = "give exactly one of toTeamId and toAgency";
            throw ProblemException.invalid(FieldError.body("toTeamId", message), FieldError.body("toAgency", message));
        }
        if (request.toTeamId() != null) {
            teams.requireReferenced(request.toTeamId(), "toTeamId");
            if (request.toTeamId().equals(supportCase.teamId)) {
                throw ProblemException.invalidBody("toTeamId", "is the case's own team; refer to another team");
            }
        }
        if (!supportCase.isOpen()) {
            throw ProblemException.conflict("The case is closed; referrals are sent from an open case",
                    FieldError.body("caseId", "is a closed case"));
        }
        workers.requireActiveMember(request.sentByWorkerId(), supportCase.teamId, "sentByWorkerId");
        UUID owner = request.ownerWorkerId() == null ? request.sentByWorkerId()
                : workers.requireActive(request.ownerWorkerId(), "ownerWorkerId").id;
        OffsetDateTime sentAt = request.sentAt() == null ? TimeConfig.now(clock) : TimeConfig.stored(request.sentAt());
        if (sentAt.isBefore(supportCase.openedAt)) {
            throw ProblemException.invalidBody("sentAt", "must not be before the case was opened");
        }
        Referral referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.caseId = supportCase.id;
        referral.personId = supportCase.personId;
        referral.teamId = supportCase.teamId;
        referral.toTeamId = request.toTeamId();
        referral.toAgency = toAgency;
        referral.reason = request.reason().strip();
        referral.status = ReferralStatus.SENT;
        referral.sentAt = sentAt;
        referral.sentByWorkerId = request.sentByWorkerId();
        referral.recordedByWorkerId = caller.workerId().orElse(null);
        referral.ownerWorkerId = owner;
        referrals.persist(referral);
        referrals.flush();
        return ReferralView.from(referral);
    }

    @Transactional(TxType.SUPPORTS)
    public ReferralView get(UUID id) {
        return ReferralView.from(referrals.require(id, caller.readScope()));
    }

    @Transactional(TxType.SUPPORTS)
    public Slice<ReferralView> list(UUID caseId, UUID personId, UUID teamId, UUID toTeamId, ReferralStatus status,
            PageRequest page) {
        return Slice.of(referrals.page(caller.readScope(), caseId, personId, teamId, toTeamId, status, page).stream()
                .map(ReferralView::from).toList(), page, ReferralView::sortKey);
    }

    /**
     * Records what the receiver did. A sent referral can be acknowledged; a sent or acknowledged one can be
     * accepted, declined or marked as never answered, after which it does not change. Accepting straight from
     * sent acknowledges it at the same moment.
     */
    public ReferralView changeStatus(UUID id, long expectedVersion, StatusChange request) {
        Referral referral = referrals.require(id, caller.writeScope());
        Versions.check(expectedVersion, referral.version);
        ReferralStatus target = Coded.fromCode(ReferralStatus.class, request.status());
        boolean allowed = target == ReferralStatus.ACKNOWLEDGED
                ? referral.status == ReferralStatus.SENT
                : referral.status == ReferralStatus.SENT || referral.status == ReferralStatus.ACKNOWLEDGED;
        if (!allowed) {
            throw ProblemException.conflict("A referral that is " + referral.status + " cannot become " + target,
                    FieldError.body("status", "cannot follow " + referral.status));
        }
        if (target == ReferralStatus.ACKNOWLEDGED && request.note() != null) {
            throw ProblemException.invalidBody("note", "is recorded with a response, not an acknowledgement");
        }
        OffsetDateTime at = request.at() == null ? TimeConfig.now(clock) : TimeConfig.stored(request.at());
        if (at.isBefore(referral.sentAt)) {
            throw ProblemException.invalidBody("at", "must not be before the referral was sent");
        }
        if (referral.acknowledgedAt != null && at.isBefore(referral.acknowledgedAt)) {
            throw ProblemException.invalidBody("at", "must not be before the referral was acknowledged");
        }
        if (request.ownerWorkerId() != null) {
            referral.ownerWorkerId = workers.requireActive(request.ownerWorkerId(), "ownerWorkerId").id;
        }
        if (target == ReferralStatus.ACKNOWLEDGED || (target == ReferralStatus.ACCEPTED && referral.acknowledgedAt == null)) {
            referral.acknowledgedAt = at;
        }
        if (target.isResponse()) {
            referral.respondedAt = at;
            referral.responseNote = request.note();
        }
        referral.status = target;
        referrals.flush();
        return ReferralView.from(referral);
    }
}
