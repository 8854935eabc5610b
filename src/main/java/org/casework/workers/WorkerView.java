package org.casework.workers;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.casework.security.Role;

public record WorkerView(UUID id, String username, String displayName, String email, List<Role> roles, boolean active,
        List<UUID> teamIds, OffsetDateTime createdAt, long version) {

    static WorkerView from(Worker w) {
        return new WorkerView(w.id, w.username, w.displayName, w.email, w.roles.stream().sorted().toList(), w.active,
                w.teamIds.stream().sorted().toList(), w.createdAt, w.version);
    }

    List<String> sortKey() {
        return List.of(displayName, id.toString());
    }
}
