package org.casework.people;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A team linked to a person: it registered someone by an identifier that person already held, so it works with
 * them and sees them like a team that holds a case for them.
 */
@Entity
@Table(name = "person_team_link")
public class PersonLink {

    @Id
    public UUID id;

    public UUID personId;
    public UUID teamId;
    /** The system of the identifier that matched. */
    public String identifierSystem;
    /** Who registered the person; null only for the system (start-up work). */
    public UUID linkedByWorkerId;
    public OffsetDateTime linkedAt;
}
