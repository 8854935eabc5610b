package org.casework.audit;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** An audit event as the API answers it. */
public record AuditEventView(UUID id, OffsetDateTime at, String username, UUID workerId, List<String> roles,
        AuditAction action, String resourceType, UUID resourceId, UUID personId, String requestId, String purpose,
        boolean breakGlass, String detail) {

    static AuditEventView from(AuditEvent e) {
        List<String> roles = e.roles.isEmpty() ? List.of() : Arrays.asList(e.roles.split(","));
        return new AuditEventView(e.id, e.at, e.username, e.workerId, List.copyOf(roles), e.action, e.resourceType,
                e.resourceId, e.personId, e.requestId, e.purpose, e.breakGlass, e.detail);
    }

    List<String> sortKey() {
        return List.of(at.toString(), id.toString());
    }
}
