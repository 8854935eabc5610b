package org.casework.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.support.Api.as;
import static org.casework.support.Api.invalidAs;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Fixtures.workerWithRole;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** `make token USER=...` prints a token the running service accepts, with that worker's role. */
@QuarkusTest
class DevTokenScriptTest {

    @Test
    void theTokenCarriesTheWorkersRoleAndIsAccepted() throws Exception {
        String team = team();
        String id = workerWithRole("team-lead", team);
        String username = as(org.casework.support.Api.testerToken()).get("/api/workers/" + id).then()
                .extract().path("username");

        String token = run(username);
        as(token).get("/api/workers/" + id + "/caseload").then().statusCode(200);
        // a team lead, not an admin
        invalidAs(token).body(Map.of("name", "Not allowed")).post("/api/teams").then().statusCode(403);
    }

    @Test
    void anUnknownWorkerGetsNoToken() throws Exception {
        Process process = start("nobody.at.all");
        assertThat(process.waitFor()).isNotZero();
        assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("no active worker");
    }

    private static String run(String username) throws Exception {
        Process process = start(username);
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor()).as(new String(process.getErrorStream().readAllBytes())).isZero();
        return out;
    }

    private static Process start(String username) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("src/main/sh/token.sh", username);
        builder.environment().put("CASEWORK_DB_URL",
                ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class));
        return builder.start();
    }
}
