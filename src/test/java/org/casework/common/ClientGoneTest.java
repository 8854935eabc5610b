package org.casework.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.casework.support.Fixtures;
import org.junit.jupiter.api.Test;

/** A client that hangs up before its request body has arrived is not an incident of ours. */
@QuarkusTest
class ClientGoneTest {

    @TestHTTPResource("/")
    URL server;

    @Test
    void aClientThatClosesMidBodyIsLoggedAsSuchAndRaisesNoIncident() throws Exception {
        String token = Fixtures.signedIn("worker");
        cutOff("POST /api/cases/" + UUID.randomUUID() + "/interactions", token, "application/json",
                "{\"occurredAt\": \"2026-01-01T10:00:00Z\", \"contactStatus\": \"made\"");
    }

    @Test
    void anImportWhoseFileIsCutOffIsLoggedAsSuchAndStoresNothing() throws Exception {
        String token = Fixtures.signedIn("worker");
        long before = imports();
        cutOff("POST /api/imports?recordType=interactions", token, "application/x-ndjson",
                "{\"caseId\": \"" + UUID.randomUUID() + "\"}\n{\"caseId\": ");
        assertThat(imports()).as("the import's job and lines rolled back").isEqualTo(before);
    }

    @Inject
    javax.sql.DataSource dataSource;

    private long imports() throws java.sql.SQLException {
        try (var connection = dataSource.getConnection();
                var count = connection.prepareStatement("select count(*) from import_job");
                var rows = count.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Sends the head of a request and the start of its body, then hangs up; the app must say so, calmly. */
    private void cutOff(String requestLine, String token, String contentType, String start) throws Exception {
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger mapper = Logger.getLogger(ProblemMapper.class.getName());
        mapper.addHandler(capture);
        try {
            try (Socket socket = new Socket(server.getHost(), server.getPort())) {
                String head = requestLine + " HTTP/1.1\r\n"
                        + "Host: localhost\r\n"
                        + "Authorization: Bearer " + token + "\r\n"
                        + "Content-Type: " + contentType + "\r\n"
                        + "Content-Length: 5000\r\n\r\n";
                OutputStream out = socket.getOutputStream();
                out.write((head + start).getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(300);
            }
            long until = System.currentTimeMillis() + 10_000;
            while (logged.stream().noneMatch(ClientGoneTest::saysTheClientWentAway)
                    && System.currentTimeMillis() < until) {
                Thread.sleep(50);
            }
            assertThat(logged).anyMatch(ClientGoneTest::saysTheClientWentAway);
            assertThat(logged).noneMatch(r -> r.getLevel().intValue() >= Level.SEVERE.intValue());
        } finally {
            mapper.removeHandler(capture);
        }
    }

    private static boolean saysTheClientWentAway(LogRecord record) {
        return record.getMessage() != null && record.getMessage().contains("closed the connection before");
    }
}
