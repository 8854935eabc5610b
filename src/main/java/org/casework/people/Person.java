package org.casework.people;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

/** A whole person: who they are, what matters to them and how to work with them, not a set of conditions. */
@Entity
public class Person {

    @Id
    public UUID id;

    /** The team that first recorded the person; the record belongs to it until a case says otherwise. */
    public UUID registeredByTeamId;

    public String preferredName;
    public String fullName;
    public LocalDate dateOfBirth;
    public String pronouns;
    public String preferredLanguage;

    public String contactPhone;
    public String contactEmail;
    public String contactAddress;
    public String contactNotes;

    @ElementCollection
    @CollectionTable(name = "person_contact_method", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    @Column(name = "method")
    public List<ContactMethod> contactMethods = new ArrayList<>();

    public String whatMattersToMe;

    @ElementCollection
    @CollectionTable(name = "person_strength", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    @Column(name = "strength")
    public List<String> strengths = new ArrayList<>();

    public String communicationNeeds;
    public String accessNeeds;
    public String safetyNotes;
    /** The person agreed that the teams supporting them may read each other's contact notes. */
    public boolean consentToShareAcrossTeams;
    /** Set, with its reason, by erasure: the record keeps its counts but nothing that identifies the person. */
    public java.time.OffsetDateTime erasedAt;

    @ElementCollection
    @CollectionTable(name = "person_identifier", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    public List<ExternalIdentifier> externalIds = new ArrayList<>();

    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
