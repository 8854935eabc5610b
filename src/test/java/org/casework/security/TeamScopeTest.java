package org.casework.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** A scope is its teams, or every team; it binds to SQL one way. */
class TeamScopeTest {

    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    @Test
    void someTeamsIncludeOnlyThemselvesAndBindAsASortedArray() {
        TeamScope scope = TeamScope.of(Set.of(B, A));
        assertThat(scope.includes(A)).isTrue();
        assertThat(scope.includes(UUID.randomUUID())).isFalse();
        assertThat(scope.isEveryTeam()).isFalse();
        assertThat(scope.named()).containsExactlyInAnyOrder(A, B);
        assertThat(scope.sqlValue()).containsExactly(A, B);
    }

    @Test
    void noTeamIncludesNothingAndBindsAsAnEmptyArray() {
        TeamScope scope = TeamScope.of(Set.of());
        assertThat(scope.includes(A)).isFalse();
        assertThat(scope.sqlValue()).isEmpty();
    }

    @Test
    void everyTeamIncludesAnyTeamBindsAsNullAndHasNoListToGive() {
        TeamScope scope = TeamScope.everyTeam();
        assertThat(scope.includes(UUID.randomUUID())).isTrue();
        assertThat(scope.isEveryTeam()).isTrue();
        assertThat(scope.sqlValue()).isNull();
        assertThatThrownBy(scope::named).isInstanceOf(IllegalStateException.class);
    }
}
