package org.casework.people;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A line in a list of people: enough to tell two people apart, nothing more. */
public record PersonSummary(UUID id, String preferredName, String fullName, LocalDate dateOfBirth, String pronouns,
        UUID registeredByTeamId) {

    List<String> sortKey() {
        return List.of(fullName, id.toString());
    }
}
