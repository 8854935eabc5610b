package org.casework.network;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** Someone around the person: family, carer, friend or another professional. */
@Entity
public class NetworkMember {

    @Id
    public UUID id;

    public UUID personId;
    public String name;
    /** A code of the relationship vocabulary. */
    public String relationship;
    public String organisation;
    public String phone;
    public String email;
    /** Null when nobody knows yet. */
    public Boolean supportive;
    public boolean consentToContact;
    public String notes;
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
