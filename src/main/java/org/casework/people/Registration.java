package org.casework.people;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import org.casework.common.PersonalData;

/**
 * What registering a person answers: the person's record, whether they were new or already known to another team
 * and now linked to the registering one. The JSON is the record alone, the same shape either way; the audit log
 * tells the two apart: a new person is a {@code create} of {@code person}, a link a {@code create} of
 * {@code person-link} whose id is the link's.
 */
public record Registration(PersonView person, UUID linkId) implements PersonalData {

    static Registration created(PersonView person) {
        return new Registration(person, null);
    }

    static Registration linked(PersonView person, UUID linkId) {
        return new Registration(person, linkId);
    }

    @Override
    @JsonValue
    public PersonView person() {
        return person;
    }

    public boolean isLink() {
        return linkId != null;
    }

    @Override
    public UUID personId() {
        return person.id();
    }

    @Override
    public UUID auditId() {
        return isLink() ? linkId : person.id();
    }

    @Override
    public String auditType() {
        return isLink() ? "person-link" : PersonView.AUDIT_TYPE;
    }
}
