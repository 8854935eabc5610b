package org.casework.privacy;

import static org.casework.support.Api.api;
import static org.casework.support.Fixtures.etag;
import static org.casework.support.Fixtures.interactionBody;
import static org.casework.support.Fixtures.personBody;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Fixtures.unique;
import static org.casework.support.Fixtures.worker;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A person with something in every part of their record, in two teams, every free-text field carrying the same
 * distinctive marker so a test can look for it anywhere in the database.
 */
record WholeRecord(String personId, String fullName, String marker, String identifierValue, String teamA,
        String teamB, String caseA, String caseB, String referralId, String declinedOfferId,
        String withdrawnOfferId) {

    static final String IDENTIFIER_SYSTEM = "council-housing-ref";

    static WholeRecord create() {
        String marker = "Zephyrine" + UUID.randomUUID().toString().substring(0, 8);
        String teamA = team();
        String teamB = team();
        String workerA = worker(teamA);
        String nextWorkerA = worker(teamA);
        String workerB = worker(teamB);

        Map<String, Object> person = personBody(teamA);
        String fullName = unique("Marigold Pennyworth");
        String identifier = org.casework.support.Identifiers.housingRef();
        person.put("fullName", fullName);
        person.put("preferredName", "Goldie " + marker);
        person.put("pronouns", "she/her");
        person.put("contactPreferences", Map.of("methods", List.of("phone", "letter"), "phone", "07700 900123",
                "email", "goldie@example.org", "address", "12 Heol " + marker + ", Cardiff",
                "notes", "Ring after ten, " + marker));
        person.put("whatMattersToMe", "My allotment and " + marker);
        person.put("strengths", List.of("Resourceful " + marker, "Good with people"));
        person.put("communicationNeeds", "Large print " + marker);
        person.put("accessNeeds", "Ground floor " + marker);
        person.put("safetyNotes", "Do not visit before noon " + marker);
        person.put("externalIds", List.of(Map.of("system", IDENTIFIER_SYSTEM, "value", identifier)));
        String personId = api().body(person).post("/api/people").then().statusCode(201).extract().path("id");

        api().body(Map.of("name", "Bethan " + marker, "relationship", "sibling", "phone", "07700 900456",
                        "notes", "Staying with her, " + marker))
                .post("/api/people/" + personId + "/network").then().statusCode(201);

        String caseA = openCase(personId, teamA, workerA, "2025-06-01T09:00:00Z", marker);
        api().header("If-Match", "\"0\"").body(Map.of("toWorkerId", nextWorkerA, "reason", "Leave, " + marker,
                        "handedOverAt", "2025-06-15T09:00:00Z"))
                .post("/api/cases/" + caseA + "/handovers").then().statusCode(201);
        interaction(caseA, nextWorkerA, "2025-07-01T10:00:00Z", "made", marker);
        interaction(caseA, nextWorkerA, "2025-07-08T10:00:00Z", "no-answer", marker);
        api().body(Map.of("occurredAt", "2025-07-09T10:00:00Z", "type", "self-advocacy", "observer", "person",
                        "whatHappened", "I rang the council myself, " + marker, "inTheirWords", true,
                        "domains", List.of("securing-rights")))
                .post("/api/cases/" + caseA + "/moments").then().statusCode(201);
        String referralId = api().body(Map.of("caseId", caseA, "toAgency", "Citizens Advice",
                        "reason", "Debt advice, " + marker, "sentByWorkerId", nextWorkerA,
                        "sentAt", "2025-07-02T10:00:00Z"))
                .post("/api/referrals").then().statusCode(201).extract().path("id");
        api().header("If-Match", "\"0\"").body(Map.of("status", "declined", "note", "Not in area, " + marker,
                        "at", "2025-07-03T10:00:00Z"))
                .post("/api/referrals/" + referralId + "/status").then().statusCode(200);

        String caseB = openCase(personId, teamB, workerB, "2025-08-01T09:00:00Z", marker);
        interaction(caseB, workerB, "2025-08-02T10:00:00Z", "made", marker);
        String declined = offer(caseB, workerB, "2025-08-03T10:00:00Z", marker);
        api().header("If-Match", "\"0\"").body(Map.of("response", "declined", "reason", "Too far, " + marker,
                        "at", "2025-08-04T10:00:00Z"))
                .post("/api/offers/" + declined + "/response").then().statusCode(200);
        String withdrawn = offer(caseB, workerB, "2025-08-05T10:00:00Z", marker);
        api().header("If-Match", "\"0\"").body(Map.of("reason", "Flat let, " + marker, "at", "2025-08-06T10:00:00Z"))
                .post("/api/offers/" + withdrawn + "/withdrawal").then().statusCode(200);
        api().header("If-Match", etag("/api/cases/" + caseB))
                .body(Map.of("reason", "housed", "note", "Moved in, " + marker, "closedAt", "2025-09-01T09:00:00Z"))
                .post("/api/cases/" + caseB + "/closure").then().statusCode(200);

        return new WholeRecord(personId, fullName, marker, identifier, teamA, teamB, caseA, caseB, referralId,
                declined, withdrawn);
    }

    private static String openCase(String personId, String teamId, String keyWorkerId, String openedAt,
            String marker) {
        return api().body(Map.of("personId", personId, "teamId", teamId, "keyWorkerId", keyWorkerId,
                        "openedAt", openedAt, "summary", "Arrears, " + marker,
                        "needs", List.of(Map.of("domain", "housing", "description", "Rent arrears " + marker)),
                        "goals", List.of(Map.of("inTheirWords", "Keep my flat " + marker))))
                .post("/api/cases").then().statusCode(201).extract().path("id");
    }

    private static void interaction(String caseId, String leadWorkerId, String occurredAt, String status,
            String marker) {
        Map<String, Object> body = new HashMap<>(interactionBody(leadWorkerId, occurredAt, status));
        body.put("summary", "Went through the letter, " + marker);
        body.put("whatMattered", "The dog, " + marker);
        body.put("issues", List.of("rent-arrears"));
        api().body(body).post("/api/cases/" + caseId + "/interactions").then().statusCode(201);
    }

    private static String offer(String caseId, String workerId, String offeredAt, String marker) {
        return api().body(Map.of("caseId", caseId, "offerType", "social-tenancy",
                        "description", "Two-bedroom flat, " + marker, "offeredAt", offeredAt,
                        "offeredByWorkerId", workerId))
                .post("/api/offers").then().statusCode(201).extract().path("id");
    }
}
