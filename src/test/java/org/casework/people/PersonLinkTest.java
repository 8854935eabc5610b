package org.casework.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.support.Api.api;
import static org.casework.support.Api.as;
import static org.casework.support.Api.invalidAs;
import static org.casework.support.Fixtures.etag;
import static org.casework.support.Fixtures.interactionBody;
import static org.casework.support.Fixtures.openCase;
import static org.casework.support.Fixtures.personBody;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Fixtures.unique;
import static org.casework.support.Fixtures.worker;
import static org.casework.support.Identifiers.housingRef;
import static org.casework.support.Identifiers.nhsNumber;
import static org.casework.support.Identifiers.spaced;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.casework.support.TestClock;
import org.casework.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Registering a person by an identifier that a person of another team already holds links the registering team to
 * that person, answered like a new registration; a duplicate the caller's teams can see stays a 409; a refused
 * request leaves nothing behind.
 */
@QuarkusTest
class PersonLinkTest {

    private static final String EARLIER = TestClock.now().minusHours(2).toString();

    @Inject
    EntityManager em;

    /** A worker of one team, signed in. */
    private record Worker(String id, String username, String token) {
    }

    private static Worker signedIn(String role, String team) {
        String username = "w." + UUID.randomUUID().toString().substring(0, 12);
        String id = api().body(Map.of("username", username, "displayName", unique("Worker"), "roles", List.of(role),
                "teamIds", List.of(team))).post("/api/workers").then().statusCode(201).extract().path("id");
        return new Worker(id, username, Tokens.of(username, role));
    }

    /** A person of one team, with a contact whose notes are that team's. */
    private record Known(String team, String personId, String fullName, String nhs) {
    }

    private static Known knownToAnotherTeam() {
        String housing = team();
        String housingWorker = worker(housing);
        String nhs = nhsNumber();
        Map<String, Object> body = personBody(housing);
        body.put("safetyNotes", "Prefers not to be visited before noon.");
        body.put("externalIds", List.of(Map.of("system", "nhs-number", "value", nhs)));
        String personId = api().body(body).post("/api/people").then().statusCode(201).extract().path("id");
        String caseId = openCase(personId, housing, housingWorker,
                TestClock.now().minusDays(5).toString());
        Map<String, Object> visit = interactionBody(housingWorker, EARLIER, "made");
        visit.put("summary", "Disclosed a relapse");
        api().body(visit).post("/api/cases/" + caseId + "/interactions").then().statusCode(201);
        return new Known(housing, personId, (String) body.get("fullName"), nhs);
    }

    private static Map<String, Object> registration(String team, Map<?, ?>... identifiers) {
        Map<String, Object> body = personBody(team);
        body.put("fullName", unique("Someone Else"));
        body.put("externalIds", List.of(identifiers));
        return body;
    }

    private long count(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    private long links(String personId) {
        return count("select count(*) from person_team_link where person_id = cast(?1 as uuid)", personId);
    }

    private static void nobodyCalled(Object fullName) {
        api().queryParam("name", fullName).get("/api/people").then().statusCode(200).body("items", empty());
    }

    @Test
    void registeringSomeoneAnotherTeamKnowsLinksTheTeamToThemAndAnswersLikeANewRegistration() {
        Known known = knownToAnotherTeam();
        String support = team();
        Worker me = signedIn("worker", support);
        String byNhs = "/api/people?identifierSystem=nhs-number&identifierValue=" + known.nhs();
        as(me.token()).get(byNhs).then().statusCode(200).body("items", empty());
        invalidAs(me.token()).get("/api/people/" + known.personId()).then().statusCode(404);

        ExtractableResponse<Response> fresh = as(me.token())
                .body(registration(support, Map.of("system", "nhs-number", "value", nhsNumber())))
                .post("/api/people").then().statusCode(201).extract();

        String reference = housingRef();
        Map<String, Object> body = registration(support, Map.of("system", "nhs-number", "value", spaced(known.nhs())),
                Map.of("system", "council-housing-ref", "value", reference));
        ExtractableResponse<Response> linked = as(me.token()).body(body).post("/api/people").then().statusCode(201)
                .header("Location", endsWith("/api/people/" + known.personId()))
                .body("id", equalTo(known.personId()))
                // the person's own record, not the request's details; the new identifier is added to it
                .body("fullName", equalTo(known.fullName()))
                .body("registeredByTeamId", equalTo(known.team()))
                .body("externalIds.system", contains("nhs-number", "council-housing-ref"))
                .body("externalIds.value", contains(known.nhs(), reference))
                .extract();
        assertThat(linked.jsonPath().getMap("$").keySet()).as("the same shape as a new registration")
                .isEqualTo(fresh.jsonPath().getMap("$").keySet());
        assertThat(linked.header("ETag")).isNotNull();
        nobodyCalled(body.get("fullName"));

        // the team now works with the person: their profile, found by either identifier
        as(me.token()).get("/api/people/" + known.personId()).then().statusCode(200)
                .body("safetyNotes", equalTo("Prefers not to be visited before noon."));
        as(me.token()).get(byNhs).then().body("items.id", contains(known.personId()));
        as(me.token()).get("/api/people?identifierSystem=council-housing-ref&identifierValue=" + reference).then()
                .body("items.id", contains(known.personId()));
        // and the other team's notes stay theirs: a summary line on the timeline
        as(me.token()).get("/api/people/" + known.personId() + "/timeline?kinds=interaction").then().statusCode(200)
                .body("items.redacted", contains(true)).body("items[0].summary", nullValue())
                .body("items[0].teamId", equalTo(known.team()));

        // who linked, when, through which system
        String linkId = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery("""
                select cast(id as text) from person_team_link
                where person_id = cast(?1 as uuid) and team_id = cast(?2 as uuid)
                  and identifier_system = 'nhs-number' and linked_by_worker_id = cast(?3 as uuid)
                  and linked_at > now() - interval '5 minutes'""")
                .setParameter(1, known.personId()).setParameter(2, support).setParameter(3, me.id())
                .getSingleResult());
        // the audit log tells the link from a new person: a create of a person-link, the link's id
        List<Map<String, Object>> created = api().get("/api/audit?action=create&limit=100&personId="
                + known.personId()).then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(created).extracting(e -> e.get("resourceType"), e -> e.get("resourceId"), e -> e.get("username"))
                .contains(org.assertj.core.groups.Tuple.tuple("person-link", linkId, me.username()),
                        org.assertj.core.groups.Tuple.tuple("person", known.personId(), "tester"));
    }

    @Test
    void aDuplicateTheCallersTeamsSeeIsA409NamingThePersonAndNothingIsWritten() {
        Known other = knownToAnotherTeam();
        String housing = team();
        Worker me = signedIn("worker", housing);
        String reference = housingRef();
        Map<String, Object> mine = registration(housing, Map.of("system", "council-housing-ref", "value", reference));
        String mineId = as(me.token()).body(mine).post("/api/people").then().statusCode(201).extract().path("id");

        // one identifier my team's person holds, one another team's person holds: the visible duplicate decides
        Map<String, Object> body = registration(housing,
                Map.of("system", "nhs-number", "value", other.nhs()),
                Map.of("system", "council-housing-ref", "value", reference.toLowerCase()));
        String problem = invalidAs(me.token()).body(body).post("/api/people").then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", contains("externalIds[1].value"))
                .body("errors[0].message", containsString(mineId))
                .extract().asString();
        assertThat(problem).doesNotContain(other.personId());

        nobodyCalled(body.get("fullName"));
        assertThat(links(other.personId())).isZero();
        invalidAs(me.token()).get("/api/people/" + other.personId()).then().statusCode(404);
        api().get("/api/people/" + other.personId()).then().body("externalIds.value", contains(other.nhs()));
    }

    @Test
    void onceLinkedTheSameIdentifierIsADuplicateTheTeamSees() {
        Known known = knownToAnotherTeam();
        String support = team();
        Worker me = signedIn("integration", support);
        Map<String, Object> body = registration(support, Map.of("system", "nhs-number", "value", known.nhs()));
        as(me.token()).body(body).post("/api/people").then().statusCode(201).body("id", equalTo(known.personId()));
        invalidAs(me.token()).body(body).post("/api/people").then().statusCode(409)
                .body("errors[0].message", containsString(known.personId()));
        assertThat(links(known.personId())).isOne();
    }

    @Test
    void identifiersOfTwoPeopleOrDisagreeingWithThePersonAreRefusedAndNothingIsWritten() {
        Known first = knownToAnotherTeam();
        Known second = knownToAnotherTeam();
        String firstEtag = etag("/api/people/" + first.personId());
        String support = team();
        Worker me = signedIn("worker", support);

        Map<String, Object> both = registration(support, Map.of("system", "nhs-number", "value", first.nhs()),
                Map.of("system", "council-housing-ref", "value", housingRef()),
                Map.of("system", "nhs-number", "value", second.nhs()));
        // one system twice is refused before anyone is looked up
        invalidAs(me.token()).body(both).post("/api/people").then().statusCode(400)
                .body("errors[0].field", equalTo("externalIds[2].system"));

        // a free-form system lets the second person's number stand beside the first's
        String legacy = "legacy-" + UUID.randomUUID().toString().substring(0, 8);
        api().body(Map.of("code", legacy, "labelEn", "Legacy", "labelCy", "Hen")).post("/api/identifier-systems")
                .then().statusCode(201);
        api().header("If-Match", etag("/api/people/" + second.personId()))
                .body(withIdentifiers(second, Map.of("system", "nhs-number", "value", second.nhs()),
                        Map.of("system", legacy, "value", "L-1")))
                .put("/api/people/" + second.personId()).then().statusCode(200);
        Map<String, Object> twoPeople = registration(support, Map.of("system", "nhs-number", "value", first.nhs()),
                Map.of("system", legacy, "value", "L-1"));
        invalidAs(me.token()).body(twoPeople).post("/api/people").then().statusCode(409)
                .body("errors.field", contains("externalIds[1].value"))
                .body("errors[0].message", containsString("different person"));

        Map<String, Object> disagreeing = registration(support, Map.of(
                "system", legacy, "value", "L-1"), Map.of("system", "nhs-number", "value", nhsNumber()));
        invalidAs(me.token()).body(disagreeing).post("/api/people").then().statusCode(409)
                .body("errors.field", contains("externalIds[1].value"));

        nobodyCalled(twoPeople.get("fullName"));
        nobodyCalled(disagreeing.get("fullName"));
        assertThat(links(first.personId()) + links(second.personId())).isZero();
        assertThat(etag("/api/people/" + first.personId())).isEqualTo(firstEtag);
        api().get("/api/people/" + second.personId()).then()
                .body("externalIds.system", containsInAnyOrder("nhs-number", legacy));
        invalidAs(me.token()).get("/api/people/" + first.personId()).then().statusCode(404);
        invalidAs(me.token()).get("/api/people/" + second.personId()).then().statusCode(404);
    }

    @Test
    void givingAnotherTeamsPersonsIdentifierToSomeoneElseIsRefusedWithoutNamingThem() {
        Known other = knownToAnotherTeam();
        String housing = team();
        Worker me = signedIn("worker", housing);
        Map<String, Object> mine = personBody(housing);
        String mineId = as(me.token()).body(mine).post("/api/people").then().statusCode(201).extract().path("id");
        mine.put("externalIds", List.of(Map.of("system", "nhs-number", "value", spaced(other.nhs()))));
        String problem = invalidAs(me.token()).header("If-Match", "\"0\"").body(mine).put("/api/people/" + mineId)
                .then().statusCode(409).body("errors.field", contains("externalIds[0].value"))
                .extract().asString();
        assertThat(problem).doesNotContain(other.personId());
        as(me.token()).get("/api/people/" + mineId).then().body("externalIds", empty()).body("version", equalTo(0));
        assertThat(links(other.personId())).isZero();
    }

    private static Map<String, Object> withIdentifiers(Known known, Map<?, ?>... identifiers) {
        Map<String, Object> body = personBody(known.team());
        body.put("fullName", known.fullName());
        body.put("safetyNotes", "Prefers not to be visited before noon.");
        body.put("externalIds", List.of(identifiers));
        return body;
    }
}
