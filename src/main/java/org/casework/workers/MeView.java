package org.casework.workers;

import java.util.List;
import java.util.UUID;

import org.casework.security.Role;

/** Who the caller is to Casework: their worker record, the roles they hold now and their teams. */
public record MeView(UUID workerId, String username, String displayName, List<Role> roles, List<UUID> teamIds) {
}
