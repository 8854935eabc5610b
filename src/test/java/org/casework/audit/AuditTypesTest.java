package org.casework.audit;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.support.Api.api;
import static org.casework.support.Fixtures.person;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Fixtures.unique;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.casework.support.Fixtures;
import org.casework.support.ResourceIndex;
import org.junit.jupiter.api.Test;

/**
 * What the audit log calls the records each API operation reads or changes, pinned: a stored type must never
 * change because a class or a URL was renamed, since the log outlives both. Every operation of the application is
 * called once, as the tester, in one scenario (each POST twice, the second time answered again from its
 * Idempotency-Key); the types of the events its request left must be exactly these (an empty set: it leaves none).
 * A new operation needs its line here.
 */
@QuarkusTest
class AuditTypesTest {

    private static final Map<String, Set<String>> TYPES = new TreeMap<>(Map.ofEntries(
            entry("GET /api/audit", Set.of()),
            entry("GET /api/security-events", Set.of()),
            entry("GET /api/people/{}/access-log", Set.of()),
            entry("GET /api/me", Set.of()),
            entry("GET /api/changes", Set.of("change")),
            entry("GET /api/imports", Set.of()),
            entry("POST /api/imports", Set.of("import")),
            entry("GET /api/imports/{}", Set.of()),
            entry("GET /api/imports/{}/problems", Set.of()),
            entry("GET /api/webhooks", Set.of()),
            entry("POST /api/webhooks", Set.of("webhook")),
            entry("GET /api/webhooks/{}", Set.of()),
            entry("PUT /api/webhooks/{}", Set.of("webhook")),
            entry("DELETE /api/webhooks/{}", Set.of("webhook")),
            entry("GET /api/webhooks/{}/deliveries", Set.of()),
            entry("GET /api/webhooks/{}/deliveries/{}", Set.of()),
            entry("POST /api/webhooks/{}/deliveries/{}/replay", Set.of("webhook-delivery")),
            entry("GET /api/teams", Set.of()),
            entry("POST /api/teams", Set.of("team")),
            entry("GET /api/teams/{}", Set.of()),
            entry("PUT /api/teams/{}", Set.of("team")),
            entry("GET /api/workers", Set.of()),
            entry("POST /api/workers", Set.of("worker")),
            entry("GET /api/workers/{}", Set.of()),
            entry("PUT /api/workers/{}", Set.of("worker")),
            entry("GET /api/workers/{}/caseload", Set.of("caseload-entry")),
            entry("GET /api/workers/{}/follow-ups", Set.of("follow-up")),
            entry("GET /api/identifier-systems", Set.of()),
            entry("POST /api/identifier-systems", Set.of("identifier-systems")),
            entry("GET /api/identifier-systems/{}", Set.of()),
            entry("GET /api/reference", Set.of()),
            entry("GET /api/reference/{}", Set.of()),
            entry("GET /api/people", Set.of("person-summary")),
            entry("POST /api/people", Set.of("person")),
            entry("GET /api/people/{}", Set.of("person")),
            entry("PUT /api/people/{}", Set.of("person")),
            entry("GET /api/people/{}/network", Set.of("network-member")),
            entry("POST /api/people/{}/network", Set.of("network-member")),
            entry("GET /api/people/{}/network/{}", Set.of("network-member")),
            entry("PUT /api/people/{}/network/{}", Set.of("network-member")),
            entry("DELETE /api/people/{}/network/{}", Set.of("network-member")),
            entry("GET /api/people/{}/continuity", Set.of("person-continuity")),
            entry("GET /api/people/{}/distance-travelled", Set.of("person-distance-travelled")),
            entry("GET /api/people/{}/presentations", Set.of("person-presentations")),
            entry("GET /api/people/{}/timeline", Set.of("timeline-assessment", "timeline-case", "timeline-handover",
                    "timeline-interaction", "timeline-moment", "timeline-offer", "timeline-referral")),
            entry("GET /api/people/{}/export", Set.of("person")),
            entry("POST /api/people/{}/erase", Set.of("person")),
            entry("GET /api/cases", Set.of("case")),
            entry("POST /api/cases", Set.of("case")),
            entry("GET /api/cases/{}", Set.of("case")),
            entry("PUT /api/cases/{}", Set.of("case")),
            entry("POST /api/cases/{}/closure", Set.of("case")),
            entry("GET /api/cases/{}/handovers", Set.of("handover")),
            entry("POST /api/cases/{}/handovers", Set.of("handover")),
            entry("GET /api/cases/{}/continuity", Set.of("case-continuity")),
            entry("GET /api/cases/{}/interactions", Set.of("interaction")),
            entry("POST /api/cases/{}/interactions", Set.of("interaction")),
            entry("GET /api/cases/{}/interactions/{}", Set.of("interaction")),
            entry("PUT /api/cases/{}/interactions/{}", Set.of("interaction")),
            entry("GET /api/cases/{}/moments", Set.of("moment")),
            entry("POST /api/cases/{}/moments", Set.of("moment")),
            entry("GET /api/cases/{}/moments/{}", Set.of("moment")),
            entry("PUT /api/cases/{}/moments/{}", Set.of("moment")),
            entry("GET /api/cases/{}/assessments", Set.of("assessment")),
            entry("POST /api/cases/{}/assessments", Set.of("assessment")),
            entry("GET /api/cases/{}/assessments/{}", Set.of("assessment")),
            entry("GET /api/cases/{}/distance-travelled", Set.of("case-distance-travelled")),
            entry("GET /api/cases/{}/rating-gaps", Set.of("rating-gaps")),
            entry("GET /api/referrals", Set.of("referral")),
            entry("POST /api/referrals", Set.of("referral")),
            entry("GET /api/referrals/{}", Set.of("referral")),
            entry("POST /api/referrals/{}/status", Set.of("referral")),
            entry("GET /api/offers", Set.of("offer")),
            entry("POST /api/offers", Set.of("offer")),
            entry("GET /api/offers/{}", Set.of("offer")),
            entry("POST /api/offers/{}/response", Set.of("offer")),
            entry("POST /api/offers/{}/withdrawal", Set.of("offer")),
            entry("GET /api/instruments", Set.of()),
            entry("POST /api/instruments", Set.of("instrument")),
            entry("GET /api/instruments/{}", Set.of()),
            entry("POST /api/instruments/{}/versions", Set.of("instrument-version")),
            entry("GET /api/instruments/{}/versions/{}", Set.of()),
            entry("GET /api/dashboards/repeat-presentations", Set.of("escalating-presenter", "frequent-presenter")),
            entry("GET /api/target-metrics", Set.of()),
            entry("GET /api/teams/{}/targets", Set.of()),
            entry("POST /api/teams/{}/targets", Set.of("target")),
            entry("GET /api/teams/{}/targets/{}", Set.of()),
            entry("PUT /api/teams/{}/targets/{}", Set.of("target")),
            entry("DELETE /api/teams/{}/targets/{}", Set.of("target")),
            entry("GET /api/teams/{}/scorecard", Set.of()),
            entry("GET /api/teams/{}/soft-outcomes", Set.of()),
            entry("GET /api/teams/{}/workload", Set.of())));

    /** A POST sent again with its Idempotency-Key is answered from what was kept: a read of what its path names. */
    private static final Map<String, String> REPLAYED = new TreeMap<>(Map.ofEntries(
            entry("POST /api/teams", "team"),
            entry("POST /api/workers", "worker"),
            entry("POST /api/identifier-systems", "identifier-systems"),
            entry("POST /api/people", "person"),
            entry("POST /api/people/{}/network", "person"),
            entry("POST /api/people/{}/erase", "person"),
            entry("POST /api/cases", "case"),
            entry("POST /api/cases/{}/closure", "case"),
            entry("POST /api/cases/{}/handovers", "case"),
            entry("POST /api/cases/{}/interactions", "case"),
            entry("POST /api/cases/{}/moments", "case"),
            entry("POST /api/cases/{}/assessments", "case"),
            entry("POST /api/referrals", "referral"),
            entry("POST /api/referrals/{}/status", "referral"),
            entry("POST /api/offers", "offer"),
            entry("POST /api/offers/{}/response", "offer"),
            entry("POST /api/offers/{}/withdrawal", "offer"),
            entry("POST /api/instruments", "instrument"),
            entry("POST /api/instruments/{}/versions", "instrument-version"),
            entry("POST /api/teams/{}/targets", "team"),
            entry("POST /api/webhooks", "webhook"),
            entry("POST /api/imports", "import"),
            entry("POST /api/webhooks/{}/deliveries/{}/replay", "webhook-delivery")));
    private static final String AGAIN = " (replayed)";

    private static final Pattern PARAMETER = Pattern.compile("\\{[^}]+}");
    private static final String DELETE_ACCEPTS = "application/json, application/problem+json";

    @Inject
    EntityManager em;

    /** Request id → the operation it called. */
    private final Map<String, String> called = new LinkedHashMap<>();

    @Test
    void everyOperationIsAuditedAsThePinnedTypes() throws IOException {
        Set<String> operations = new TreeSet<>();
        ResourceIndex.operations().forEach(operation -> operations.add(operation.key()));
        assertThat(TYPES.keySet()).as("operations whose audit types are pinned here").isEqualTo(operations);
        assertThat(REPLAYED.keySet()).as("POST operations, whose replays are pinned here")
                .isEqualTo(new TreeSet<>(operations.stream()
                        .filter(key -> key.startsWith("POST ")).toList()));

        callEveryOperation();

        Map<String, Set<String>> pinned = new TreeMap<>(TYPES);
        REPLAYED.forEach((operation, type) -> pinned.put(operation + AGAIN, Set.of(type)));
        assertThat(new TreeSet<>(called.values())).as("operations called").isEqualTo(pinned.keySet());
        Map<String, Set<String>> stored = new TreeMap<>();
        called.values().forEach(operation -> stored.put(operation, new TreeSet<>()));
        storedTypes().forEach((request, types) -> stored.get(called.get(request)).addAll(types));
        List<String> changed = new ArrayList<>();
        stored.forEach((operation, types) -> {
            Set<String> expected = new TreeSet<>(pinned.get(operation));
            if (!types.equals(expected)) {
                changed.add(operation + " is audited as " + types + ", not " + expected);
            }
        });
        assertThat(changed).as("operations whose stored audit types changed").isEmpty();
    }

    private void callEveryOperation() {
        String team = team();
        String worker = Fixtures.worker(team);
        String nextWorker = Fixtures.worker(team);

        call("GET", "/api/me");
        call("GET", "/api/teams");
        String newTeam = created(write("POST", "/api/teams", Map.of("name", unique("Team"))));
        call("GET", "/api/teams/{teamId}", newTeam);
        update("PUT", "/api/teams/{teamId}", Map.of("name", unique("Renamed team")), newTeam);
        call("GET", "/api/workers");
        Map<String, Object> workerBody = Map.of("username", "w." + UUID.randomUUID().toString().substring(0, 12),
                "displayName", unique("Worker"), "roles", List.of("worker"), "teamIds", List.of(team));
        String newWorker = created(write("POST", "/api/workers", workerBody));
        call("GET", "/api/workers/{workerId}", newWorker);
        update("PUT", "/api/workers/{workerId}", workerBody, newWorker);

        call("GET", "/api/identifier-systems");
        String system = "types-" + UUID.randomUUID().toString().substring(0, 8);
        write("POST", "/api/identifier-systems", Map.of("code", system, "labelEn", "Test", "labelCy", "Prawf"));
        call("GET", "/api/identifier-systems/{code}", system);
        call("GET", "/api/reference");
        call("GET", "/api/reference/{vocabulary}", "channel");

        Map<String, Object> personBody = Fixtures.personBody(team);
        String person = created(write("POST", "/api/people", personBody));
        call("GET", "/api/people?name=" + personBody.get("fullName"));
        call("GET", "/api/people/{personId}", person);
        update("PUT", "/api/people/{personId}", personBody, person);
        Map<String, Object> memberBody = Map.of("name", "Bethan Evans", "relationship", "sibling");
        String member = created(write("POST", "/api/people/{personId}/network", memberBody, person));
        call("GET", "/api/people/{personId}/network", person);
        call("GET", "/api/people/{personId}/network/{memberId}", person, member);
        update("PUT", "/api/people/{personId}/network/{memberId}", memberBody, person, member);
        update("DELETE", "/api/people/{personId}/network/{memberId}", null, person, member);

        Map<String, Object> caseBody = Map.of("personId", person, "teamId", team, "keyWorkerId", worker,
                "openedAt", "2026-01-05T09:00:00Z");
        String caseId = created(write("POST", "/api/cases", caseBody));
        call("GET", "/api/cases?personId=" + person);
        call("GET", "/api/cases/{caseId}", caseId);
        update("PUT", "/api/cases/{caseId}", Map.of("summary", "Rent arrears"), caseId);
        Map<String, Object> contact = Fixtures.interactionBody(worker, "2026-03-02T10:30:00Z", "made");
        contact.put("followUpOn", "2026-03-09");
        String interaction = created(write("POST", "/api/cases/{caseId}/interactions", contact, caseId));
        call("GET", "/api/cases/{caseId}/interactions", caseId);
        call("GET", "/api/cases/{caseId}/interactions/{id}", caseId, interaction);
        update("PUT", "/api/cases/{caseId}/interactions/{id}", contact, caseId, interaction);
        Map<String, Object> moment = Map.of("occurredAt", "2026-03-02T10:30:00Z", "type", "confidence",
                "observer", "worker", "whatHappened", "Phoned the landlord herself.", "inTheirWords", false,
                "domains", List.of("securing-rights"));
        String momentId = created(write("POST", "/api/cases/{caseId}/moments", moment, caseId));
        call("GET", "/api/cases/{caseId}/moments", caseId);
        call("GET", "/api/cases/{caseId}/moments/{id}", caseId, momentId);
        update("PUT", "/api/cases/{caseId}/moments/{id}", moment, caseId, momentId);
        Map<String, Object> assessment = Map.of("instrument", "swemwbs", "assessedAt", "2026-03-02T10:30:00Z",
                "respondent", "joint", "answers", List.of(Map.of("item", "optimistic", "value", 3),
                        Map.of("item", "useful", "value", 4), Map.of("item", "relaxed", "value", 2),
                        Map.of("item", "dealing-with-problems", "value", 3), Map.of("item", "thinking-clearly",
                                "value", 3), Map.of("item", "close-to-others", "declined", true),
                        Map.of("item", "own-mind", "value", 4)));
        String assessmentId = created(write("POST", "/api/cases/{caseId}/assessments", assessment, caseId));
        call("GET", "/api/cases/{caseId}/assessments", caseId);
        call("GET", "/api/cases/{caseId}/assessments/{id}", caseId, assessmentId);
        call("GET", "/api/cases/{caseId}/distance-travelled", caseId);
        call("GET", "/api/cases/{caseId}/rating-gaps", caseId);
        call("GET", "/api/cases/{caseId}/continuity", caseId);
        call("GET", "/api/people/{personId}/continuity", person);
        call("GET", "/api/people/{personId}/distance-travelled", person);
        call("GET", "/api/people/{personId}/presentations", person);

        String referral = created(write("POST", "/api/referrals", Map.of("caseId", caseId, "toAgency",
                "Citizens Advice", "reason", "Benefit appeal", "sentByWorkerId", worker)));
        call("GET", "/api/referrals?caseId=" + caseId);
        call("GET", "/api/referrals/{id}", referral);
        update("POST", "/api/referrals/{id}/status", Map.of("status", "accepted"), referral);
        Map<String, Object> offerBody = Map.of("caseId", caseId, "offerType", "social-tenancy", "description",
                "Two-bedroom flat", "offeredByWorkerId", worker);
        String offer = created(write("POST", "/api/offers", offerBody));
        String withdrawn = api().body(offerBody).post("/api/offers").then().statusCode(201).extract().path("id");
        call("GET", "/api/offers?caseId=" + caseId);
        call("GET", "/api/offers/{id}", offer);
        update("POST", "/api/offers/{id}/response", Map.of("response", "declined", "reason", "Too far"), offer);
        update("POST", "/api/offers/{id}/withdrawal", Map.of("reason", "Landlord withdrew it"), withdrawn);
        update("POST", "/api/cases/{caseId}/handovers", Map.of("toWorkerId", nextWorker, "reason", "Leave"),
                caseId);
        call("GET", "/api/cases/{caseId}/handovers", caseId);
        call("GET", "/api/workers/{workerId}/caseload", nextWorker);
        call("GET", "/api/workers/{workerId}/follow-ups", nextWorker);
        call("GET", "/api/people/{personId}/timeline", person);
        call("GET", "/api/people/{personId}/access-log", person);
        call("GET", "/api/people/{personId}/export", person);
        update("POST", "/api/cases/{caseId}/closure", Map.of("reason", "goals-met"), caseId);
        write("POST", "/api/people/{personId}/erase", Map.of("reason", "Erasure request ER-1"), person(team));

        // escalating (gaps of 30, 20 and 10 days) and, from four days, frequent
        String rising = person(team);
        String risingCase = Fixtures.openCase(rising, team, worker, "2024-06-01T09:00:00Z");
        for (String day : List.of("2025-05-01", "2025-05-31", "2025-06-20", "2025-06-30")) {
            Fixtures.contact(risingCase, worker, day + "T10:00:00Z", "made", "person", "in-person");
        }
        call("GET", "/api/dashboards/repeat-presentations?team=" + team
                + "&from=2025-06-01&to=2025-06-30&frequentDays=4");

        call("GET", "/api/instruments");
        String code = "t-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> item = Map.of("code", "sleep", "text", "Sleep?", "scaleMin", 0, "scaleMax", 3,
                "direction", "higher-is-better");
        Map<String, Object> instrument = new HashMap<>(Map.of("code", code, "name", "Types scale", "scoringRule",
                "sum", "scoreDirection", "higher-is-better", "meaningfulChange", 1, "items", List.of(item),
                "bands", List.of()));
        write("POST", "/api/instruments", instrument);
        call("GET", "/api/instruments/{code}", code);
        instrument.remove("code");
        write("POST", "/api/instruments/{code}/versions", instrument, code);
        call("GET", "/api/instruments/{code}/versions/{version}", code, "2");

        call("GET", "/api/target-metrics");
        Map<String, Object> target = Fixtures.targetBody("offers-accepted", null, "at-least", 50, "year");
        String targetId = created(write("POST", "/api/teams/{teamId}/targets", target, team));
        call("GET", "/api/teams/{teamId}/targets", team);
        call("GET", "/api/teams/{teamId}/targets/{id}", team, targetId);
        update("PUT", "/api/teams/{teamId}/targets/{id}", target, team, targetId);
        update("DELETE", "/api/teams/{teamId}/targets/{id}", null, team, targetId);
        call("GET", "/api/teams/{teamId}/scorecard", team);
        call("GET", "/api/teams/{teamId}/soft-outcomes", team);
        call("GET", "/api/teams/{teamId}/workload", team);
        call("GET", "/api/changes?limit=5");
        Map<String, Object> webhookBody = Map.of("url", "https://crm.example.org/hook", "eventTypes",
                List.of("case.closed"), "teamIds", List.of(team), "active", false);
        String webhook = created(write("POST", "/api/webhooks", webhookBody));
        call("GET", "/api/webhooks");
        call("GET", "/api/webhooks/{id}", webhook);
        update("PUT", "/api/webhooks/{id}", webhookBody, webhook);
        String delivery = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                insert into webhook_delivery (id, subscription_id, change_event_id, event_type, payload, status)
                values (gen_random_uuid(), cast(?1 as uuid), 1, 'case.closed', '{}', 'failed') returning id
                """).setParameter(1, webhook).getSingleResult().toString());
        call("GET", "/api/webhooks/{id}/deliveries", webhook);
        call("GET", "/api/webhooks/{id}/deliveries/{deliveryId}", webhook, delivery);
        write("POST", "/api/webhooks/{id}/deliveries/{deliveryId}/replay", null, webhook, delivery);
        update("DELETE", "/api/webhooks/{id}", null, webhook);
        // a line every check refuses: the import's own event is all its request leaves (lines loaded are audited
        // with its request id too, as the records the API would have audited)
        String imported = created(write("POST", "/api/imports?recordType=people", "{}\n"));
        call("GET", "/api/imports");
        call("GET", "/api/imports/{id}", imported);
        call("GET", "/api/imports/{id}/problems", imported);
        call("GET", "/api/audit?limit=1");
        call("GET", "/api/security-events?limit=1");
    }

    private ExtractableResponse<Response> call(String verb, String path, Object... ids) {
        return send(verb, path, null, null, ids);
    }

    private ExtractableResponse<Response> write(String verb, String path, Object body, Object... ids) {
        return send(verb, path, body, null, ids);
    }

    /** A change of what {@code path} reads, with its ETag in If-Match. */
    private ExtractableResponse<Response> update(String verb, String path, Map<String, ?> body, Object... ids) {
        String record = verb.equals("POST") ? path.substring(0, path.lastIndexOf('/')) : path;
        return send(verb, path, body, Fixtures.etag(expand(record, ids)), ids);
    }

    private ExtractableResponse<Response> send(String verb, String path, Object body, String ifMatch,
            Object... ids) {
        String withoutQuery = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        String operation = verb + " " + ResourceIndex.normalise(withoutQuery);
        String key = REPLAYED.containsKey(operation) ? UUID.randomUUID().toString() : null;
        ExtractableResponse<Response> response = sendOnce(operation, verb, expand(path, ids), body, ifMatch, key);
        if (key != null) {
            ExtractableResponse<Response> again = sendOnce(operation + AGAIN, verb, expand(path, ids), body, ifMatch,
                    key);
            assertThat(again.header("Idempotent-Replayed")).as("%s sent again", operation).isEqualTo("true");
        }
        return response;
    }

    private ExtractableResponse<Response> sendOnce(String operation, String verb, String path,
            Object body, String ifMatch, String idempotencyKey) {
        String request = "types-" + UUID.randomUUID();
        called.put(request, operation);
        RequestSpecification spec = api().header("X-Request-Id", request);
        if (body instanceof String file) {
            spec.contentType("application/x-ndjson").body(file.getBytes(StandardCharsets.UTF_8));
        } else if (body != null) {
            spec.body(body);
        }
        if (ifMatch != null) {
            spec.header("If-Match", ifMatch);
        }
        if (idempotencyKey != null) {
            spec.header("Idempotency-Key", idempotencyKey);
        }
        if (verb.equals("DELETE")) {
            spec.accept(DELETE_ACCEPTS);
        }
        ExtractableResponse<Response> response = spec.request(verb, path).then().extract();
        assertThat(response.statusCode()).as("%s: %s", operation, response.asString()).isBetween(200, 299);
        return response;
    }

    private static String expand(String path, Object... ids) {
        Matcher parameter = PARAMETER.matcher(path);
        StringBuilder expanded = new StringBuilder();
        int i = 0;
        while (parameter.find()) {
            parameter.appendReplacement(expanded, String.valueOf(ids[i++]));
        }
        parameter.appendTail(expanded);
        assertThat(i).as("ids for %s", path).isEqualTo(ids.length);
        return expanded.toString();
    }

    private static String created(ExtractableResponse<Response> response) {
        return response.path("id");
    }

    /** The resource types stored for each request called. */
    private Map<String, Set<String>> storedTypes() {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select request_id, resource_type from audit_event where request_id in (:requests)", Object[].class)
                .setParameter("requests", new ArrayList<>(called.keySet())).getResultList());
        Map<String, Set<String>> types = new HashMap<>();
        rows.forEach(row -> types.computeIfAbsent((String) row[0], r -> new TreeSet<>()).add((String) row[1]));
        return types;
    }
}
