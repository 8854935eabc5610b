package org.casework.interactions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;


/** One contact with a person on a case, made or attempted, led by one worker. */
@Entity
public class Interaction {

    @Id
    public UUID id;

    public UUID caseId;
    /** Copied from the case so the person's history and the team's reports need no join. */
    public UUID personId;
    public UUID teamId;

    public OffsetDateTime occurredAt;
    public OffsetDateTime recordedAt;
    /** Who wrote it up (the signed-in worker), never taken from the request; null for imported history. */
    public UUID recordedByWorkerId;
    public ContactStatus contactStatus;
    public String channel;
    public String initiator;
    public Integer durationMinutes;
    public UUID leadWorkerId;
    public String summary;
    public String whatMattered;
    public String outcome;
    public LocalDate followUpOn;

    /** Workers present besides the lead: recorded, not counted for continuity. */
    @ElementCollection
    @CollectionTable(name = "interaction_worker", joinColumns = @JoinColumn(name = "interaction_id"))
    @Column(name = "worker_id")
    public Set<UUID> otherWorkerIds = new TreeSet<>();

    /** Presenting issue categories, codes of the issue-category vocabulary. */
    @ElementCollection
    @CollectionTable(name = "interaction_issue", joinColumns = @JoinColumn(name = "interaction_id"))
    @Column(name = "category")
    public Set<String> issues = new TreeSet<>();

    @Version
    public long version;
}
