package org.casework.teams;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A team that holds cases: every case, interaction, referral and offer belongs to one. */
@Entity
public class Team {

    @Id
    public UUID id;

    public String name;
    public String description;
    public OffsetDateTime createdAt;

    /** Presentation-days at most this many days apart are repeats on this team's dashboards. */
    public int repeatWindowDays;

    @Version
    public long version;
}
