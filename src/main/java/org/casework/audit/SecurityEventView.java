package org.casework.audit;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A refused request as the API answers it. */
public record SecurityEventView(UUID id, OffsetDateTime at, String username, UUID workerId, String method,
        String path, List<String> queryParameters, int status, String problemType, String requestId, String client) {

    static SecurityEventView from(SecurityEvent e) {
        List<String> names = e.queryNames.isEmpty() ? List.of() : Arrays.asList(e.queryNames.split(","));
        return new SecurityEventView(e.id, e.at, e.username, e.workerId, e.method, e.path, List.copyOf(names),
                e.status, e.problemType, e.requestId, e.client);
    }

    List<String> sortKey() {
        return List.of(at.toString(), id.toString());
    }
}
