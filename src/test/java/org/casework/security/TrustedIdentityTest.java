package org.casework.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.support.Api.api;
import static org.casework.support.Api.as;
import static org.casework.support.Api.invalidAs;
import static org.casework.support.Fixtures.person;
import static org.casework.support.Fixtures.signedIn;
import static org.casework.support.Fixtures.signedInAs;
import static org.casework.support.Fixtures.team;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;

import org.casework.support.Fixtures;
import org.casework.support.ResourceIndex;
import org.casework.support.TestClock;
import org.casework.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The token proves who the caller is; their active worker record decides what they may do. Roles in the token
 * only narrow the record's; an unknown or deactivated worker may do nothing; tokens from the future or living too
 * long are refused.
 */
@QuarkusTest
class TrustedIdentityTest {

    private static final List<String> EVERY_ROLE = Arrays.stream(Role.values()).map(Role::code).toList();

    @Test
    void aSignInWithoutAnActiveWorkerRecordIsRefusedEveryOperation() throws IOException {
        String team = team();
        String deactivatedAdmin = "gone.admin." + UUID.randomUUID().toString().substring(0, 8);
        signedInAs(deactivatedAdmin, Role.Names.ADMIN, team);
        deactivate(deactivatedAdmin);
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("deactivated admin", Tokens.of(deactivatedAdmin, EVERY_ROLE.toArray(String[]::new)));
        callers.put("unknown user claiming every role",
                Tokens.of("nobody." + UUID.randomUUID(), EVERY_ROLE.toArray(String[]::new)));

        List<String> wrong = new ArrayList<>();
        int refusals = 0;
        for (ResourceIndex.Operation operation : ResourceIndex.operations()) {
            String path = operation.path().replace("{}", UUID.randomUUID().toString());
            for (var caller : callers.entrySet()) {
                Response response = invalidAs(caller.getValue()).header("X-Purpose", "Trust test")
                        .header("If-Match", "\"0\"").body("{}").request(operation.verb(), path);
                refusals++;
                if (response.statusCode() != 403 || !response.contentType().startsWith("application/problem+json")) {
                    wrong.add(operation.key() + " as " + caller.getKey() + " answered " + response.statusCode());
                }
            }
        }
        assertThat(refusals).isGreaterThan(140);
        assertThat(wrong).isEmpty();
    }

    @Test
    void rolesInTheTokenOnlyNarrowTheRecordsAndNeverAddToThem() throws IOException {
        String team = team();
        String worker = "inflated." + UUID.randomUUID().toString().substring(0, 8);
        signedInAs(worker, Role.Names.WORKER, team);
        String inflated = Tokens.of(worker, EVERY_ROLE.toArray(String[]::new));
        as(inflated).get("/api/me").then().statusCode(200).body("roles", contains("worker"));

        List<String> wrong = new ArrayList<>();
        int refusals = 0;
        for (ResourceIndex.Operation operation : ResourceIndex.operations()) {
            if (operation.roles().contains(Role.Names.WORKER)) {
                continue;
            }
            String path = operation.path().replace("{}", UUID.randomUUID().toString());
            Response response = invalidAs(inflated).header("X-Purpose", "Trust test").header("If-Match", "\"0\"")
                    .body("{}").request(operation.verb(), path);
            refusals++;
            if (response.statusCode() != 403) {
                wrong.add(operation.key() + " answered " + response.statusCode());
            }
        }
        assertThat(refusals).isGreaterThan(10);
        assertThat(wrong).isEmpty();

        // a token naming only a role the record does not hold holds nothing
        invalidAs(Tokens.of(worker, Role.Names.TEAM_LEAD)).get("/api/me").then().statusCode(403);
        // a token without roles takes the record's
        as(Tokens.of(worker)).get("/api/me").then().statusCode(200).body("roles", contains("worker"));
    }

    @Test
    void aTeamLeadWhoIsAlsoAnAdminCanBeNarrowedToEither() {
        String team = team();
        String username = "lead.admin." + UUID.randomUUID().toString().substring(0, 8);
        api().body(Map.of("username", username, "displayName", "Lead and admin",
                "roles", List.of("team-lead", "admin"), "teamIds", List.of(team))).post("/api/workers").then()
                .statusCode(201).body("roles", contains("team-lead", "admin"));
        as(Tokens.of(username)).get("/api/me").then().statusCode(200)
                .body("roles", containsInAnyOrder("team-lead", "admin")).body("teamIds", contains(team));
        String person = person(team);
        as(Tokens.of(username, "team-lead")).get("/api/people/" + person).then().statusCode(200);
        // as an admin only, the person's record needs a declared purpose
        invalidAs(Tokens.of(username, "admin")).get("/api/people/" + person).then().statusCode(403);
        invalidAs(Tokens.of(username, "team-lead")).get("/api/audit").then().statusCode(403);
    }

    @Test
    void tokensFromTheFutureOrLivingTooLongAreRefused() {
        String team = team();
        String username = "clock." + UUID.randomUUID().toString().substring(0, 8);
        signedInAs(username, Role.Names.WORKER, team);
        Instant now = TestClock.instant();

        as(token(username, now.minusSeconds(30), now.plus(Duration.ofHours(11)))).get("/api/me").then()
                .statusCode(200);
        // within the allowed clock skew (60 s)
        as(token(username, now.plusSeconds(20), now.plus(Duration.ofHours(1)))).get("/api/me").then()
                .statusCode(200);
        for (String bad : List.of(
                token(username, now.plus(Duration.ofDays(365)), now.plus(Duration.ofDays(365)).plusSeconds(3600)),
                token(username, now.plusSeconds(600), now.plus(Duration.ofHours(2))),
                token(username, now.minusSeconds(60), now.plus(Duration.ofDays(36_500))),
                token(username, now.minusSeconds(60), now.plus(Duration.ofHours(12)).plusSeconds(60)))) {
            invalidAs(bad).get("/api/me").then().statusCode(401).header("WWW-Authenticate", "Bearer")
                    .contentType("application/problem+json");
        }
    }

    @Test
    void anAdminCannotBeMadeByAnAdminWhoHasLeft() {
        String team = team();
        String username = "leaver." + UUID.randomUUID().toString().substring(0, 8);
        String token = signedInAs(username, Role.Names.ADMIN, team);
        as(token).get("/api/workers?teamId=" + team).then().statusCode(200);
        deactivate(username);

        invalidAs(token).body(Map.of("username", "made.by.leaver", "displayName", "X", "roles", List.of("admin"),
                "teamIds", List.of(team))).post("/api/workers").then().statusCode(403);
        invalidAs(token).get("/api/workers").then().statusCode(403);
        invalidAs(token).header("X-Purpose", "Just looking").get("/api/people/" + person(team)).then()
                .statusCode(403);
        api().get("/api/workers?teamId=" + team).then().statusCode(200)
                .body("items.findAll { it.username == 'made.by.leaver' }", org.hamcrest.Matchers.hasSize(0));
    }

    private static String token(String username, Instant issuedAt, Instant expiresAt) {
        return Jwt.issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE).upn(username).groups(Set.of("worker"))
                .issuedAt(issuedAt).expiresAt(expiresAt).sign("dev-only-keys/private.pem");
    }

    private static void deactivate(String username) {
        String id = as(Tokens.of(username)).get("/api/me").then().statusCode(200).extract().path("workerId");
        var current = api().get("/api/workers/" + id).then().statusCode(200).extract();
        api().header("If-Match", current.header("ETag"))
                .body(Map.of("username", username, "displayName", current.path("displayName"),
                        "roles", current.path("roles"), "teamIds", current.path("teamIds"), "active", false))
                .put("/api/workers/" + id).then().statusCode(200).body("active", equalTo(false));
    }
}
