package org.casework.common;

import static org.casework.support.Api.api;
import static org.casework.support.Api.invalid;
import static org.casework.support.Fixtures.interactionBody;
import static org.casework.support.Fixtures.openCaseSince;
import static org.casework.support.Fixtures.personBody;
import static org.casework.support.Fixtures.team;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Clock;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import org.casework.support.Fixtures.CaseContext;
import org.casework.support.TestClock;
import org.junit.jupiter.api.Test;

/** "Now" comes from one place: the injected clock, which the tests own, for the services and for validation. */
@QuarkusTest
class OneClockTest {

    @Inject
    Clock clock;

    @Test
    void theApplicationKeepsTheTestsTime() {
        assertSame(TestClock.clock(), clock);
        String team = team();
        api().get("/api/teams/" + team + "/workload").then().statusCode(200)
                .body("asOf", equalTo(TestClock.today().toString()));
    }

    /** The test clock runs months ahead of the wall clock: a system clock in validation would refuse all of these. */
    @Test
    void pastAndFutureAreJudgedByTheSameClock() {
        CaseContext c = openCaseSince(TestClock.now().minusDays(3).toString());
        String contacts = "/api/cases/" + c.caseId() + "/interactions";
        api().body(interactionBody(c.keyWorkerId(), TestClock.now().minusMinutes(1).toString(), "made"))
                .post(contacts).then().statusCode(201);
        invalid().body(interactionBody(c.keyWorkerId(), TestClock.now().plusMinutes(5).toString(), "made"))
                .post(contacts).then().statusCode(400).body("errors[0].field", equalTo("occurredAt"))
                .body("errors[0].code", equalTo("future"));

        Map<String, Object> bornYesterday = personBody(c.teamId());
        bornYesterday.put("dateOfBirth", TestClock.today().minusDays(1).toString());
        api().body(bornYesterday).post("/api/people").then().statusCode(201);
        Map<String, Object> bornToday = personBody(c.teamId());
        bornToday.put("dateOfBirth", TestClock.today().toString());
        invalid().body(bornToday).post("/api/people").then().statusCode(400)
                .body("errors[0].field", equalTo("dateOfBirth")).body("errors[0].code", equalTo("not-past"));
    }
}
