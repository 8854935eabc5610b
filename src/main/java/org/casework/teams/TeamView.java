package org.casework.teams;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record TeamView(UUID id, String name, String description, int repeatWindowDays, OffsetDateTime createdAt,
        long version) {

    /** What the audit log calls a team, whichever request changed it. */
    public static final String AUDIT_TYPE = "team";

    static TeamView from(Team team) {
        return new TeamView(team.id, team.name, team.description, team.repeatWindowDays, team.createdAt,
                team.version);
    }

    List<String> sortKey() {
        return List.of(name, id.toString());
    }
}
