package org.casework.web;

import java.util.List;

import org.casework.cases.CaseViews.CaseView;
import org.casework.common.PersonalData;
import org.casework.common.PersonalDataCarrier;
import org.casework.people.PersonView;

/** A case and the person it is for, as a form about the case shows them (both audited as read). */
public record CaseAndPerson(CaseView supportCase, PersonView person) implements PersonalDataCarrier {

    @Override
    public List<PersonalData> personalData() {
        return List.of(supportCase, person);
    }
}
