package org.casework.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;

import org.hibernate.annotations.Immutable;

/**
 * One access to a person's data: who, as what, did what to which record, when, in which request and why. Ids
 * only, never the data. Written once by {@link AuditRepository#append}; the database refuses changes.
 */
@Entity
@Immutable
public class AuditEvent {

    @jakarta.persistence.Id
    public UUID id;

    public OffsetDateTime at;
    public String username;
    public UUID workerId;
    /** The caller's roles, comma-separated. */
    public String roles;
    public AuditAction action;
    public String resourceType;
    public UUID resourceId;
    public UUID personId;
    public String requestId;
    public String purpose;
    public boolean breakGlass;
    /** For an admin action, what changed, in codes and ids. */
    public String detail;
}
