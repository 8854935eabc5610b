package org.casework.people;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.casework.common.PersonalData;
import org.casework.people.PersonRequest.ContactPreferences;

/** A person as the API answers it. */
public record PersonView(
        UUID id,
        UUID registeredByTeamId,
        String preferredName,
        String fullName,
        LocalDate dateOfBirth,
        String pronouns,
        String preferredLanguage,
        ContactPreferences contactPreferences,
        String whatMattersToMe,
        List<String> strengths,
        String communicationNeeds,
        String accessNeeds,
        String safetyNotes,
        boolean consentToShareAcrossTeams,
        List<ExternalIdentifier.Body> externalIds,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        long version) implements PersonalData {

    /** What the audit log calls a person's record, whichever request read or changed it. */
    public static final String AUDIT_TYPE = "person";

    @Override
    public String auditType() {
        return AUDIT_TYPE;
    }

    @Override
    public UUID personId() {
        return id;
    }

    @Override
    public UUID auditId() {
        return id;
    }

    static PersonView from(Person p) {
        return new PersonView(p.id, p.registeredByTeamId, p.preferredName, p.fullName, p.dateOfBirth, p.pronouns,
                p.preferredLanguage,
                new ContactPreferences(List.copyOf(p.contactMethods), p.contactPhone, p.contactEmail,
                        p.contactAddress, p.contactNotes),
                p.whatMattersToMe, List.copyOf(p.strengths), p.communicationNeeds, p.accessNeeds, p.safetyNotes,
                p.consentToShareAcrossTeams, p.externalIds.stream().map(ExternalIdentifier.Body::from).toList(),
                p.createdAt, p.updatedAt, p.version);
    }
}
