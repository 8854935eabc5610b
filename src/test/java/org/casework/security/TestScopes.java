package org.casework.security;

import java.util.Collection;
import java.util.Set;

/** Scopes for tests and the bench, which call queries directly; in the application only Caller makes them. */
public final class TestScopes {

    private TestScopes() {
    }

    public static TeamScope of(Collection<java.util.UUID> teams) {
        return TeamScope.of(Set.copyOf(teams));
    }

    public static TeamScope everyTeam() {
        return TeamScope.everyTeam();
    }
}
