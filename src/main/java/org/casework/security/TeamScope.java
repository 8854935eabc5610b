package org.casework.security;

import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Query;

import org.casework.common.ProblemException;

/**
 * The teams whose casework a piece of work may see or change. Only {@link Caller} makes one: for the request it
 * serves, or the system scope that work outside any request asks for by name ({@link Caller#asSystem}). Services
 * take one and hand it to their queries, which bind it one way ({@link #bind}) and read it in SQL as
 * {@code cast(:teams as uuid[])}, where null means every team (as {@code casework_in_scope} in R__01_rules.sql reads
 * it).
 */
public final class TeamScope {

    private static final TeamScope EVERY_TEAM = new TeamScope(null, null);

    /** Null: every team. */
    private final Set<UUID> teams;
    /** For a scope of changes: what the caller may read beyond it (break-glass), where a change is refused. */
    private final TeamScope readOnly;

    private TeamScope(Set<UUID> teams, TeamScope readOnly) {
        this.teams = teams == null ? null : Set.copyOf(teams);
        this.readOnly = readOnly;
    }

    static TeamScope everyTeam() {
        return EVERY_TEAM;
    }

    static TeamScope of(Set<UUID> teams) {
        return new TeamScope(teams, null);
    }

    /** The teams a caller may change, within those they may read. */
    static TeamScope changes(Set<UUID> teams, TeamScope read) {
        return new TeamScope(teams, read);
    }

    public boolean isEveryTeam() {
        return teams == null;
    }

    public boolean includes(UUID teamId) {
        return teams == null || teams.contains(teamId);
    }

    /** Whether a record of any of these teams may at least be read (a scope of changes allows reading more). */
    public boolean reads(UUID... teamIds) {
        for (UUID teamId : teamIds) {
            if (teamId != null && (includes(teamId) || readOnly != null && readOnly.includes(teamId))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A record of any of these teams (a referral has two) is in scope; otherwise it is not found, exactly like an
     * unknown id, or, when only read access reaches it (break-glass), forbidden.
     */
    public void require(String what, UUID... teamIds) {
        for (UUID teamId : teamIds) {
            if (teamId != null && includes(teamId)) {
                return;
            }
        }
        if (reads(teamIds)) {
            throw ProblemException.forbidden("Break-glass access is read-only");
        }
        throw ProblemException.notFound(what);
    }

    /** The teams, for work that must name each one; every team's ids must come from the database instead. */
    public Set<UUID> named() {
        if (teams == null) {
            throw new IllegalStateException("every team is in scope: there is no list of them to give");
        }
        return teams;
    }

    /** Binds the scope to {@code :name}, read in SQL as {@code cast(:name as uuid[])} (null: every team). */
    public <Q extends Query> Q bind(Q query, String name) {
        query.setParameter(name, sqlValue());
        return query;
    }

    /**
     * The value {@link #bind} binds: the ids as an array, which the driver sends as a {@code uuid[]}, or null for
     * every team. Not the text of an array: text cast to {@code uuid[]} is not a constant to the planner, so
     * {@code casework_in_scope} could not be inlined and a team's presentation-days were read by a scan of every
     * team's (the team's repeat dashboard took 390 ms instead of 60).
     */
    public UUID[] sqlValue() {
        return teams == null ? null : teams.stream().sorted().toArray(UUID[]::new);
    }

    @Override
    public String toString() {
        return teams == null ? "every team" : teams.toString();
    }
}
