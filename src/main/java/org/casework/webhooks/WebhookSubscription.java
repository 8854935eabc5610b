package org.casework.webhooks;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A URL that the change feed's events of some teams are sent to, signed with its secret. {@link Deliveries} writes
 * its feed position, failure count and (after repeated failure) that it is disabled by SQL while an admin may be
 * editing it, so an update writes only the columns it changed, and never the position. {@code version} counts the
 * admins' changes only: an admin's edit is never refused because Casework counted a failure meanwhile.
 */
@Entity
@DynamicUpdate
public class WebhookSubscription {

    @Id
    public UUID id;

    public String url;
    public String description;

    /** {@code <recordType>.<change>}, e.g. {@code case.closed}. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] eventTypes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public UUID[] teamIds;

    /** {@code whsec_} and the base64 of the signing key. */
    public String secret;

    public boolean active;
    public String disabledReason;
    public OffsetDateTime disabledAt;
    public int consecutiveFailures;
    public OffsetDateTime failingSince;

    /** How far the change feed has been read into deliveries; only {@link Deliveries} moves it. */
    @Column(updatable = false)
    public long feedTx;
    @Column(updatable = false)
    public long feedId;

    public UUID createdByWorkerId;
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
