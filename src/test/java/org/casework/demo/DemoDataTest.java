package org.casework.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.support.Api.api;
import static org.casework.support.Api.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.casework.identifiers.IdentifierRules.Validator;
import org.casework.support.TestClock;
import org.casework.support.Tokens;
import org.junit.jupiter.api.Test;

/** `make run` starts with demo data: on an empty database the council is built at start-up. */
@QuarkusTest
@TestProfile(DemoDataTest.DemoDataEnabled.class)
class DemoDataTest {

    public static class DemoDataEnabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("casework.demo-data.enabled", "true");
        }
    }

    @Inject
    EntityManager entityManager;

    @Test
    void anEmptyDatabaseGetsSeveralTeamsFiftyPeopleAndAYearOfHistory() {
        api().get("/api/teams").then().statusCode(200).body("items.name", containsInAnyOrder("Housing Options",
                "Tenancy Support", "Wellbeing and Social Care", "Community Connectors"));
        assertThat(count("select count(*) from person")).isEqualTo(50);
        // built as the system, saying why: one audit event for the work, by "system", with its reason
        assertThat(count("select count(*) from audit_event where resource_type = 'system-work'"
                + " and username = 'system' and action = 'create' and purpose = 'the demo council'")).isEqualTo(1);
        assertThat(count("select count(*) from worker")).isGreaterThanOrEqualTo(16);
        assertThat(count("select count(*) from interaction")).isGreaterThan(500);
        assertThat(count("""
                select count(*) from interaction
                where occurred_at < cast(:now as timestamptz) - interval '300 days'""")).isPositive();
        assertThat(count("select count(*) from handover")).isPositive();
        assertThat(count("select count(*) from network_member")).isGreaterThanOrEqualTo(50);
        assertThat(count("select count(*) from referral where to_team_id is not null")).isPositive();
        assertThat(count("select count(*) from referral where to_agency is not null")).isPositive();
        assertThat(count("select count(*) from offer where status = 'declined'")).isPositive();
        // the one-shot offer withdrawn after a bad reaction
        assertThat(count("select count(*) from offer where status = 'withdrawn'")).isPositive();
        // distance travelled has something to show: SWEMWBS by the person at the start and the end, by the worker too
        assertThat(count("select count(*) from assessment where respondent = 'self'")).isGreaterThan(20);
        assertThat(count("select count(*) from assessment where respondent = 'worker'")).isGreaterThan(10);
        // people who came back after their case was closed
        assertThat(count("""
                select count(distinct c2.person_id) from support_case c1
                join support_case c2 on c2.person_id = c1.person_id and c2.team_id = c1.team_id
                                    and c2.opened_at > c1.closed_at""")).isGreaterThanOrEqualTo(10);
        // people who keep presenting: at least 5 presentations in the last year
        assertThat(count("""
                select count(*) from (select person_id from interaction
                                      where initiator in ('person', 'referral', 'other-agency')
                                        and occurred_at > cast(:now as timestamptz) - interval '12 months'
                                      group by person_id having count(*) >= 5) frequent""")).isGreaterThanOrEqualTo(5);
        // contacts were written up soon after they happened, not all at load time
        assertThat(count("select count(*) from interaction where recorded_at > occurred_at + interval '1 day'"))
                .isZero();
        // moments that mattered on most cases, while they were open, and on the timeline
        assertThat(count("select count(distinct case_id) from moment")).isGreaterThanOrEqualTo(50);
        assertThat(count("""
                select count(*) from moment m join support_case c on c.id = m.case_id
                where m.occurred_at < c.opened_at or m.occurred_at > coalesce(c.closed_at, :now)
                   or m.recorded_at > m.occurred_at + interval '1 day'""")).isZero();
        assertThat(count("select count(*) from timeline_entry where kind = 'moment'"))
                .isEqualTo(count("select count(*) from moment"));
        // every demo person has a valid NHS number, from the range never issued to a patient
        @SuppressWarnings("unchecked")
        List<String> nhsNumbers = entityManager.createNativeQuery(
                "select value from person_identifier where system = 'nhs-number'").getResultList();
        assertThat(nhsNumbers).hasSize(50).doesNotHaveDuplicates().allSatisfy(number -> {
            assertThat(number).startsWith("999");
            assertThat(Validator.NHS_NUMBER.problem(number)).as(number).isEmpty();
        });
    }

    @Test
    void aDemoWorkerOpensTheirCaseloadAndFollowUps() {
        String sian = (String) entityManager.createNativeQuery(
                "select cast(id as text) from worker where username = 'sian.morgan'").getSingleResult();
        // Siân signs in with the token make token prints for her: a team lead
        as(Tokens.of("sian.morgan", "team-lead")).get("/api/workers/" + sian + "/caseload").then().statusCode(200)
                .body("items", not(hasSize(0)));
        assertThat(count("""
                select count(*) from interaction f join support_case c on c.id = f.case_id
                where c.status = 'open' and f.follow_up_on is not null""")).isPositive();
    }

    /** {@code :now} is the test clock's, as the demo was built with it (PostgreSQL's now() is the wall clock's). */
    private long count(String sql) {
        var query = entityManager.createNativeQuery(sql);
        if (sql.contains(":now")) {
            query.setParameter("now", TestClock.now());
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
