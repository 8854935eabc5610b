package org.casework.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/**
 * A refused request: who asked (when known), for what (method, path, the names of the query parameters) and
 * what they were told. Never a body or a query value. The database refuses changes.
 */
@Entity
@Immutable
public class SecurityEvent {

    @Id
    public UUID id;

    public OffsetDateTime at;
    public String username;
    public UUID workerId;
    public String method;
    public String path;
    /** The query parameters' names, comma-separated. */
    public String queryNames;
    public int status;
    public String problemType;
    public String requestId;
    /** The client's address. */
    public String client;
}
