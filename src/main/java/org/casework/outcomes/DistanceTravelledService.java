package org.casework.outcomes;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.casework.cases.CaseRepository;
import org.casework.cases.SupportCase;
import org.casework.outcomes.DistanceTravelledQuery.Scope;
import org.casework.outcomes.DistanceTravelledViews.CaseDistanceTravelled;
import org.casework.outcomes.DistanceTravelledViews.PersonDistanceTravelled;
import org.casework.people.PersonService;
import org.casework.security.Caller;

/** Distance travelled on the soft-outcome instruments, for a case and for a person. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class DistanceTravelledService {

    private final DistanceTravelledQuery query;
    private final CaseRepository cases;
    private final PersonService people;
    private final Caller caller;

    public DistanceTravelledService(DistanceTravelledQuery query, CaseRepository cases, PersonService people,
            Caller caller) {
        this.query = query;
        this.cases = cases;
        this.people = people;
        this.caller = caller;
    }

    /** The case's assessments, per instrument version, optionally of one respondent. */
    public CaseDistanceTravelled ofCase(UUID caseId, Respondent respondent) {
        SupportCase supportCase = cases.require(caseId, caller.readScope());
        return new CaseDistanceTravelled(caseId, supportCase.personId, respondent,
                DistanceTravelledViews.from(query.points(Scope.CASE, caseId, caller.readScope(), respondent)));
    }

    /**
     * Across the person's cases, but only those of teams the caller may read: another team's assessments of the
     * same person neither show nor move the first and latest values.
     */
    public PersonDistanceTravelled ofPerson(UUID personId, Respondent respondent) {
        people.require(personId);
        return new PersonDistanceTravelled(personId, respondent, DistanceTravelledViews.from(
                query.points(Scope.PERSON, personId, caller.readScope(), respondent)));
    }
}
