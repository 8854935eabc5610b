package org.casework.workers;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

import org.casework.security.Role;

/** Someone who works with people: a member of one or more teams. */
@Entity
public class Worker {

    @Id
    public UUID id;

    /** The identity provider's name for them (the token subject from the access issue on). */
    public String username;
    public String displayName;
    public String email;
    /** What they may do; a token's roles can only narrow these (see security.CallerIdentity). */
    @ElementCollection
    @CollectionTable(name = "worker_role", joinColumns = @JoinColumn(name = "worker_id"))
    @Column(name = "role")
    public Set<Role> roles = new LinkedHashSet<>();
    public boolean active;

    @ElementCollection
    @CollectionTable(name = "worker_team", joinColumns = @JoinColumn(name = "worker_id"))
    @Column(name = "team_id")
    public Set<UUID> teamIds = new LinkedHashSet<>();

    public OffsetDateTime createdAt;

    @Version
    public long version;
}
