package org.casework.targets;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** One of a team's quantitative targets: a catalogue metric, a comparator, a threshold and a cadence. */
@Entity
public class TeamTarget {

    @Id
    public UUID id;

    public UUID teamId;
    public String metric;
    public Integer parameterDays;
    public String comparator;
    public BigDecimal threshold;
    public String period;
    public String description;
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
