package org.casework.moments;

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


/**
 * A soft outcome moment on a case: something that happened that shows the relationship or the person moving on,
 * told in the person's own words where possible, typed and tagged with well-being domains.
 */
@Entity
public class Moment {

    @Id
    public UUID id;

    public UUID caseId;
    /** Copied from the case so the person's timeline and the team's reports need no join. */
    public UUID personId;
    public UUID teamId;

    public OffsetDateTime occurredAt;
    public OffsetDateTime recordedAt;
    /** Who wrote it up (the signed-in worker), never taken from the request; null for history loaded without one. */
    public UUID recordedByWorkerId;
    /** A code of the moment-type vocabulary. */
    public String type;
    /** Who saw or told of it: a code of the observer vocabulary. */
    public String observer;
    public String whatHappened;
    /** Whether whatHappened is the person's own words rather than the worker's account. */
    public boolean inTheirWords;

    /** Codes of the wellbeing-domain vocabulary: at least one. */
    @ElementCollection
    @CollectionTable(name = "moment_domain", joinColumns = @JoinColumn(name = "moment_id"))
    @Column(name = "domain")
    public Set<String> domains = new TreeSet<>();

    @Version
    public long version;
}
