package org.casework.repeats;

import static org.casework.support.Api.api;
import static org.casework.support.Fixtures.interactionBody;

import java.util.List;
import java.util.Map;

import org.casework.support.Fixtures;

/** Builds presentation histories through the API. */
final class Presentations {

    private Presentations() {
    }

    /** A contact the person started, on the case, at that instant (ISO-8601 with offset, seconds included). */
    static String present(String caseId, String workerId, String at, String... issues) {
        return contact(caseId, workerId, at, "person", "in-person", issues);
    }

    static String contact(String caseId, String workerId, String at, String initiator, String channel,
            String... issues) {
        Map<String, Object> body = interactionBody(workerId, at, "made");
        body.put("initiator", initiator);
        body.put("channel", channel);
        body.put("issues", List.of(issues));
        return api().body(body).post("/api/cases/" + caseId + "/interactions").then().statusCode(201).extract()
                .path("id");
    }

    static void close(String caseId, String reason, String at) {
        api().header("If-Match", Fixtures.etag("/api/cases/" + caseId))
                .body(Map.of("reason", reason, "closedAt", at)).post("/api/cases/" + caseId + "/closure")
                .then().statusCode(200);
    }
}
