package org.casework.people;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casework.common.PersonalData;

/** A line in a list of people: enough to tell two people apart, nothing more. */
public record PersonSummary(UUID id, String preferredName, String fullName, LocalDate dateOfBirth, String pronouns,
        UUID registeredByTeamId) implements PersonalData {

    @Override
    public String auditType() {
        return "person-summary";
    }

    @Override
    public UUID personId() {
        return id;
    }

    @Override
    public UUID auditId() {
        return id;
    }

    List<String> sortKey() {
        return List.of(fullName, id.toString());
    }
}
