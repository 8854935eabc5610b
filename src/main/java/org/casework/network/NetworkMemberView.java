package org.casework.network;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.casework.common.PersonalData;

public record NetworkMemberView(UUID id, UUID personId, String name, String relationship, String organisation,
        String phone, String email, Boolean supportive, boolean consentToContact, String notes,
        OffsetDateTime createdAt, long version) implements PersonalData {

    /** What the audit log calls a member of a person's network, whichever request read or changed it. */
    public static final String AUDIT_TYPE = "network-member";

    @Override
    public String auditType() {
        return AUDIT_TYPE;
    }

    @Override
    public UUID auditId() {
        return id;
    }

    public static NetworkMemberView from(NetworkMember m) {
        return new NetworkMemberView(m.id, m.personId, m.name, m.relationship, m.organisation, m.phone, m.email,
                m.supportive, m.consentToContact, m.notes, m.createdAt, m.version);
    }

    List<String> sortKey() {
        return List.of(name, id.toString());
    }
}
