package org.casework.continuity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.casework.cases.CaseRepository;
import org.casework.cases.SupportCase;
import org.casework.common.TimeConfig;
import org.casework.continuity.ContinuityQuery.Counts;
import org.casework.continuity.ContinuityQuery.Scope;
import org.casework.continuity.ContinuityViews.CaseContinuity;
import org.casework.continuity.ContinuityViews.Measures;
import org.casework.continuity.ContinuityViews.PersonContinuity;
import org.casework.people.PersonService;
import org.casework.security.Caller;

/** Continuity of worker for a case and for a person, over contacts made, all time and in the last 12 months. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class ContinuityService {

    private final ContinuityQuery query;
    private final CaseRepository cases;
    private final Caller caller;
    private final PersonService people;
    private final Clock clock;

    public ContinuityService(ContinuityQuery query, CaseRepository cases, PersonService people, Caller caller,
            Clock clock) {
        this.query = query;
        this.cases = cases;
        this.caller = caller;
        this.people = people;
        this.clock = clock;
    }

    /** Key-worker share counts contacts led by the case's current key worker. */
    public CaseContinuity ofCase(UUID caseId) {
        SupportCase supportCase = cases.require(caseId, caller.readScope());
        Map<String, Counts> counts = query.counts(Scope.CASE, caseId, twelveMonthsAgo());
        return new CaseContinuity(caseId, supportCase.personId, supportCase.keyWorkerId,
                Measures.from(counts.get("all"), today()), Measures.from(counts.get("recent"), today()));
    }

    /**
     * Across all the person's cases: a contact is with "the key worker" when its lead is the current key worker
     * of the case it was recorded on.
     */
    public PersonContinuity ofPerson(UUID personId) {
        people.require(personId);
        Map<String, Counts> counts = query.counts(Scope.PERSON, personId, twelveMonthsAgo());
        return new PersonContinuity(personId, query.keyWorkersOfPerson(personId),
                Measures.from(counts.get("all"), today()), Measures.from(counts.get("recent"), today()));
    }

    private OffsetDateTime twelveMonthsAgo() {
        return TimeConfig.now(clock).minusMonths(12);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfig.LOCAL_ZONE));
    }
}
