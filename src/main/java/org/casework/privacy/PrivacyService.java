package org.casework.privacy;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.casework.audit.AuditAction;
import org.casework.audit.AuditService;
import org.casework.common.ProblemException;
import org.casework.common.TimeConfig;
import org.casework.people.PersonService;
import org.casework.people.PersonView;
import org.casework.privacy.ErasureSummary.Changed;
import org.casework.security.Caller;

/** The data protection rights of the person: a copy of everything held (subject access) and erasure. */
@ApplicationScoped
@Transactional
public class PrivacyService {

    private final PersonService people;
    private final ExportQuery exports;
    private final ErasureQuery erasures;
    private final Caller caller;
    private final AuditService audit;
    private final Clock clock;

    public PrivacyService(PersonService people, ExportQuery exports, ErasureQuery erasures, Caller caller,
            AuditService audit, Clock clock) {
        this.audit = audit;
        this.people = people;
        this.exports = exports;
        this.erasures = erasures;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * Everything held about the person, from every team: a subject access request answers for the whole council,
     * not for the teams of whoever prepares it. The caller must still be able to see the person (404 otherwise),
     * and an admin only with a declared purpose in X-Purpose (403 without).
     */
    @Transactional(TxType.SUPPORTS)
    public PersonExport export(UUID personId) {
        caller.readScope(); // refuses an admin without a purpose before anything is looked up
        PersonView person = people.get(personId);
        OffsetDateTime erasedAt = exports.erasedAt(personId);
        audit.record(AuditAction.EXPORT, List.of(new AuditService.Access(PersonView.AUDIT_TYPE, personId, personId)));
        return new PersonExport(personId, TimeConfig.now(clock), erasedAt != null, erasedAt, person,
                exports.network(personId), exports.cases(personId), exports.handovers(personId),
                exports.interactions(personId), exports.referrals(personId), exports.offers(personId),
                exports.moments(personId), exports.assessments(personId));
    }

    /**
     * Irreversibly erases the person's personal data, in one transaction: names become "Erased"; date of birth,
     * pronouns, contact details and preferences, their own words, strengths, needs and safety notes are removed;
     * external identifiers (freed for reuse) and network members are deleted; the free text of their cases,
     * needs, goals, handovers, interactions, referrals and offers is removed. Cases, interactions, referrals and
     * offers themselves stay, with their dates, codes and workers, so de-identified counts do not change.
     * Admins erase in any team: erasure is not team-scoped, and the reason stands in for X-Purpose.
     *
     * @throws ProblemException 404 for an unknown person, 409 when the record was already erased
     */
    public ErasureSummary erase(UUID personId, String reason) {
        switch (erasures.lock(personId)) {
            case UNKNOWN -> throw ProblemException.notFound("Person " + personId);
            case ERASED -> throw ProblemException.conflict("The person's record has already been erased");
            case PRESENT -> {
                // erasable
            }
        }
        OffsetDateTime at = TimeConfig.now(clock);
        Changed changed = erasures.erase(personId, at, reason.strip());
        audit.record(AuditAction.ERASE, List.of(new AuditService.Access(PersonView.AUDIT_TYPE, personId, personId)));
        Log.infof("Person %s erased: %s", personId, changed);
        return new ErasureSummary(personId, true, at, changed);
    }
}
