package org.casework.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.support.Api.invalidAs;
import static org.casework.support.Fixtures.signedIn;
import static org.casework.support.Fixtures.team;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.casework.support.ResourceIndex;
import org.junit.jupiter.api.Test;

/**
 * Every operation names the roles that may call it, and every other role gets 403 — checked for each operation
 * of the application and each role, with real, active workers of a team, so a role let through by mistake would
 * answer something else.
 */
@QuarkusTest
class RoleMatrixTest {

    private static final List<String> ROLES = Arrays.stream(Role.values()).map(Role::code).toList();

    @Test
    void everyOperationDeclaresItsRolesAndRefusesTheOthers() throws IOException {
        String team = team();
        Map<String, String> tokens = new LinkedHashMap<>();
        ROLES.forEach(role -> tokens.put(role, signedIn(role, team)));

        List<String> wrong = new ArrayList<>();
        int refusals = 0;
        for (ResourceIndex.Operation operation : ResourceIndex.operations()) {
            if (operation.roles().isEmpty()) {
                wrong.add(operation.key() + " declares no roles");
                continue;
            }
            for (String role : ROLES) {
                if (operation.roles().contains(role)) {
                    continue;
                }
                String path = operation.path().replace("{}", UUID.randomUUID().toString());
                // an admin let through by mistake should not be stopped by the break-glass rule instead
                Response response = invalidAs(tokens.get(role)).header("X-Purpose", "Role matrix test")
                        .header("If-Match", "\"0\"").body("{}").request(operation.verb(), path);
                refusals++;
                if (response.statusCode() != 403 || !response.contentType().startsWith("application/problem+json")) {
                    wrong.add(operation.key() + " as " + role + " answered " + response.statusCode());
                }
            }
        }
        assertThat(refusals).isGreaterThan(40);
        assertThat(wrong).isEmpty();
    }
}
