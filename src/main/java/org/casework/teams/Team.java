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

    /**
     * The repeat window when neither the team nor the request gives one (docs/definitions.md); the
     * database's every-team summaries count with the same 28 days (V12).
     */
    public static final int DEFAULT_REPEAT_WINDOW_DAYS = 28;

    /** Presentation-days at most this many days apart are repeats on this team's dashboards. */
    public int repeatWindowDays;

    @Version
    public long version;
}
