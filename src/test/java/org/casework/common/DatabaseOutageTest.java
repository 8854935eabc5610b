package org.casework.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.support.Api.invalid;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.RestAssured;
import io.restassured.response.Response;

import org.casework.repeats.PresentationSummaries;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The database dropping every connection of the application (as a restart does): requests are told 503 with
 * Retry-After, never 500, the readiness check says DOWN or UP and nothing more, and the application recovers.
 */
@QuarkusTest
class DatabaseOutageTest {

    @Inject
    PresentationSummaries summaries;

    @Test
    void droppedConnectionsAreA503ToSendAgainAndTheApplicationRecovers() throws Exception {
        invalid().get("/api/teams").then().statusCode(200);
        summaries.catchUp(); // the summaries' folds hold a connection of their own pool too
        List<Integer> statuses = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            terminateEveryOtherConnection();
            for (int i = 0; i < 4; i++) {
                Response response = invalid().get("/api/teams");
                statuses.add(response.statusCode());
                if (response.statusCode() == 503) {
                    assertThat(response.header("Retry-After")).isEqualTo("5");
                    assertThat(response.contentType()).startsWith("application/problem+json");
                }
            }
        }
        assertThat(statuses).doesNotContain(500).contains(503);
        invalid().get("/api/teams").then().statusCode(200);
        // a fold failed here before: it used its dropped connection again, instead of taking a new one
        summaries.catchUp();
        String readiness = RestAssured.get("/q/health/ready").then().statusCode(200).extract().asString();
        assertThat(readiness).contains("\"UP\"").doesNotContain("jdbc").doesNotContain("casework@");
    }

    private static void terminateEveryOtherConnection() throws Exception {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection admin = DriverManager.getConnection(url, "casework", "casework")) {
            admin.createStatement().execute("select pg_terminate_backend(pid) from pg_stat_activity "
                    + "where datname = current_database() and usename = current_user and pid <> pg_backend_pid()");
        }
    }
}
