package org.casework.repeats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.repeats.Presentations.present;
import static org.casework.support.Api.api;
import static org.casework.support.Api.as;
import static org.casework.support.Fixtures.closeCase;
import static org.casework.support.Fixtures.contact;
import static org.casework.support.Fixtures.etag;
import static org.casework.support.Fixtures.interactionBody;
import static org.casework.support.Fixtures.openCase;
import static org.casework.support.Fixtures.person;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Fixtures.worker;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.casework.repeats.PresentationQuery.DashboardParams;
import org.casework.security.TestScopes;
import org.casework.support.TestClock;
import org.casework.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The summaries the database keeps as contacts are written (V12) must always equal what they would be if built
 * afresh, and the council-wide dashboard read from them must equal the one computed from the days themselves.
 */
@QuarkusTest
class RepeatSummariesTest {

    @Inject
    EntityManager em;

    @Inject
    PresentationQuery query;

    @Inject
    PresentationSummaries summaries;

    private String teamA;
    private String teamB;
    private String p1;
    private String p3;

    /** A mixed history: two teams, shared days, corrections, closures and returns, a team's own window. */
    @BeforeEach
    void history() {
        teamA = team();
        teamB = team();
        String workerA = worker(teamA);
        String workerB = worker(teamB);
        p1 = person(teamA);
        String p1A = openCase(p1, teamA, workerA, "2025-01-01T09:00:00Z");
        String p1B = openCase(p1, teamB, workerB, "2025-01-01T09:00:00Z");
        present(p1A, workerA, "2025-02-01T10:00:00Z", "debt");
        present(p1B, workerB, "2025-02-01T14:00:00Z", "tenancy");
        contact(p1B, workerB, "2025-02-10T10:00:00Z", "made", "referral", "phone", "tenancy", "debt");
        present(p1A, workerA, "2025-02-15T10:00:00Z");
        present(p1A, workerA, "2025-02-22T10:00:00Z", "rent-arrears");
        present(p1B, workerB, "2025-02-25T10:00:00Z", "rent-arrears");
        String moved = present(p1A, workerA, "2025-03-30T23:30:00Z", "debt");
        var body = interactionBody(workerA, "2025-02-26T10:00:00Z", "made");
        body.put("initiator", "person");
        body.put("issues", List.of("benefits"));
        String path = "/api/cases/" + p1A + "/interactions/" + moved;
        api().header("If-Match", etag(path)).body(body).put(path).then().statusCode(200);
        closeCase(p1B, "housed", "2025-03-01T10:00:00Z");
        present(p1A, workerA, "2025-04-10T10:00:00Z", "debt");

        String p2 = person(teamB);
        String p2B = openCase(p2, teamB, workerB, "2025-01-01T09:00:00Z");
        present(p2B, workerB, "2025-03-01T10:00:00Z", "isolation");
        closeCase(p2B, "died", "2025-03-02T10:00:00Z");

        // escalating: gaps 30, 20, 10
        p3 = person(teamA);
        String p3A = openCase(p3, teamA, workerA, "2025-01-01T09:00:00Z");
        for (String day : new String[] { "2025-02-01", "2025-03-03", "2025-03-23", "2025-04-02" }) {
            present(p3A, workerA, day + "T10:00:00Z", "isolation");
        }

        String name = api().get("/api/teams/" + teamA).then().extract().path("name");
        api().header("If-Match", etag("/api/teams/" + teamA)).body(Map.of("name", name, "repeatWindowDays", 10))
                .put("/api/teams/" + teamA).then().statusCode(200);
    }

    @Test
    void whatIsKeptAsContactsAreWrittenEqualsARebuild() {
        assertKeptEqualsARebuild();
    }

    @Test
    void aReaderCountsEveryContactCommittedBeforeItAsked() {
        // in tests nothing folds in the background: the history's keys are all still pending
        assertThat(pending()).isPositive();
        // team A's days, with its own 10-day window (see anAdminWithAPurposeSeesTheCouncilWideViewOfOneTeam)
        var params = new DashboardParams(TestScopes.everyTeam(), UUID.fromString(teamA), null,
                LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"), TestClock.today(), 10, 3, 100);
        var summarised = QuarkusTransaction.requiringNew().call(() -> query.dashboardEveryTeam(params));
        assertThat(pending()).isZero();
        assertThat(summarised.totals().presentationDays()).isEqualTo(9);
        assertThat(summarised.totals().repeatPresentations()).isEqualTo(4);
        assertThat(summarised).isEqualTo(QuarkusTransaction.requiringNew().call(() -> query.dashboard(params)));
    }

    @Test
    void theScheduledFoldLeavesNothingPendingAndTheSameSummaries() {
        summaries.fold();
        assertThat(pending()).isZero();
        assertKeptEqualsARebuild();
    }

    @Test
    void foldedAKeyAtATimeEachContactIsCountedOnce() {
        summaries.catchUp();
        String worker = worker(teamA);
        String person = person(teamA);
        String caseId = openCase(person, teamA, worker, "2025-01-01T09:00:00Z");
        present(caseId, worker, "2025-05-01T09:00:00Z", "debt");
        summaries.catchUp();
        // a second contact that day is added onto the day already kept, with its issue
        String second = present(caseId, worker, "2025-05-01T11:00:00Z", "tenancy");
        assertThat(foldOneKey()).isEqualTo(1);
        assertThat(day(person)).isEqualTo("2 {debt,tenancy}");
        // a correction queues recounts of the day (as it was and as it is); a contact written after it waits
        // behind them in the queue, so the recounts leave it out and its own key adds it: counted once, not twice
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update interaction set summary = 'Corrected' where id = cast(:id as uuid)")
                .setParameter("id", second).executeUpdate());
        present(caseId, worker, "2025-05-01T15:00:00Z", "benefits");
        assertThat(pending()).isEqualTo(3);
        for (int recount = 0; recount < 2; recount++) {
            assertThat(foldOneKey()).isEqualTo(1);
            assertThat(day(person)).isEqualTo("2 {debt,tenancy}");
        }
        assertThat(foldOneKey()).isEqualTo(1);
        assertThat(day(person)).isEqualTo("3 {benefits,debt,tenancy}");
        // an issue given later to a contact written earlier queues its day
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "insert into interaction_issue (interaction_id, category) values (cast(:id as uuid), 'isolation')")
                .setParameter("id", second).executeUpdate());
        assertThat(pending()).isEqualTo(1);
        assertKeptEqualsARebuild();
        assertThat(day(person)).isEqualTo("3 {benefits,debt,isolation,tenancy}");
    }

    /**
     * A fold reads a person's days from three before the day before the first that changed (not their whole
     * history): a day back-dated into a long, escalating history, then a contact moved back from late in it, each
     * folded alone, must leave what a rebuild leaves — the day before keeps its escalation, the days after move.
     */
    @Test
    void aDayBackDatedIntoALongHistoryMovesTheDaysAroundItAsARebuildWould() {
        summaries.catchUp();
        String worker = worker(teamA);
        String person = person(teamA);
        String caseId = openCase(person, teamA, worker, "2024-12-01T09:00:00Z");
        // gaps 30, 20, 10, 5: 2 and 7 March are escalating
        String late = null;
        for (String day : List.of("2025-01-01", "2025-01-31", "2025-02-20", "2025-03-02", "2025-03-07", "2025-04-01",
                "2025-04-20", "2025-05-01", "2025-05-05")) {
            late = present(caseId, worker, day + "T10:00:00Z", "isolation");
        }
        summaries.catchUp();
        assertThat(escalationFrom(person, "2025-03-07")).isEqualTo("2025-01-31");

        present(caseId, worker, "2025-03-09T10:00:00Z", "debt");
        assertKeptEqualsARebuild();
        assertThat(escalationFrom(person, "2025-03-07")).isEqualTo("2025-01-31");
        assertThat(escalationFrom(person, "2025-03-09")).isEqualTo("2025-02-20");

        var body = interactionBody(worker, "2025-02-25T10:00:00Z", "made");
        body.put("initiator", "person");
        body.put("issues", List.of("debt"));
        String path = "/api/cases/" + caseId + "/interactions/" + late;
        api().header("If-Match", etag(path)).body(body).put(path).then().statusCode(200);
        assertKeptEqualsARebuild();
    }

    /** Folds what is pending, then checks that a rebuild leaves the summaries exactly as they were. */
    private void assertKeptEqualsARebuild() {
        List<String> kept = snapshot();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "select cast(casework_rebuild_presentation_days() as text)").getSingleResult());
        assertThat(snapshot()).containsExactlyElementsOf(kept);
    }

    private String escalationFrom(String person, String day) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery("""
                select cast(escalation_from as text) from presentation_day
                where person_id = cast(:person as uuid) and local_date = cast(:day as date) and day_lead""",
                String.class).setParameter("person", person).setParameter("day", day).getSingleResult());
    }

    private int foldOneKey() {
        return QuarkusTransaction.requiringNew().call(() -> (Integer) em
                .createNativeQuery("select casework_fold_presentations(1, true)", Integer.class).getSingleResult());
    }

    /** The person's team A day of 1 May 2025 as kept: its presentations and issues. */
    private String day(String person) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery("""
                select presentations || ' ' || cast(issues as text) from presentation_day
                where person_id = cast(:person as uuid) and local_date = date '2025-05-01'""", String.class)
                .setParameter("person", person).getSingleResult());
    }

    private long pending() {
        return QuarkusTransaction.requiringNew().call(() -> (Long) em
                .createNativeQuery("select count(*) from presentation_day_pending", Long.class).getSingleResult());
    }

    @Test
    void theCouncilWideDashboardFromSummariesEqualsTheOneComputedFromTheDays() {
        List<UUID> everyTeam = QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("select id from team", UUID.class).getResultList());
        LocalDate today = TestClock.today();
        for (UUID team : new UUID[] { null, UUID.fromString(teamA), UUID.fromString(teamB) }) {
            int window = team == null ? 28 : team.toString().equals(teamA) ? 10 : 28;
            for (LocalDate[] period : new LocalDate[][] {
                    { LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31") },
                    { LocalDate.parse("2025-02-10"), LocalDate.parse("2025-02-25") } }) {
                // every team named (a lead of all of them), and every team as such (break-glass): the same answer
                var named = new DashboardParams(TestScopes.of(everyTeam), team, null, period[0], period[1], today,
                        window, 3, 100);
                var all = new DashboardParams(TestScopes.everyTeam(), team, null, period[0], period[1], today,
                        window, 3, 100);
                var computed = QuarkusTransaction.requiringNew().call(() -> query.dashboard(named));
                var computedForAll = QuarkusTransaction.requiringNew().call(() -> query.dashboard(all));
                var summarised = QuarkusTransaction.requiringNew().call(() -> query.dashboardEveryTeam(named));
                assertThat(summarised).as("team %s, %s to %s", team, period[0], period[1]).isEqualTo(computed)
                        .isEqualTo(computedForAll);
            }
        }
    }

    @Test
    void anAdminWithAPurposeSeesTheCouncilWideViewOfOneTeam() {
        // P1's team A days: 1 Feb (first), 15 Feb (5 days after team B's 10 Feb), 22 Feb (7), 26 Feb (1 after
        // team B's 25 Feb; by phone), 10 Apr (43); P3's: 1 Feb, 3 Mar (30), 23 Mar (20), 2 Apr (10). Team A's own
        // window is 10 days: four repeats. P1 has five days with team A (frequent); P3 is escalating.
        as(org.casework.support.Fixtures.admin())
                .header("X-Purpose", "Repeat presentations review")
                .get("/api/dashboards/repeat-presentations?team=" + teamA + "&from=2025-01-01&to=2025-12-31")
                .then().statusCode(200).body("windowDays", equalTo(10))
                .body("totals.presentationDays", equalTo(9)).body("totals.repeatPresentations", equalTo(4))
                .body("monthly[1].month", equalTo("2025-02")).body("monthly[1].presentationDays", equalTo(5))
                .body("byChannel.channel", contains("in-person", "phone"))
                .body("byChannel.presentationDays", contains(8, 1))
                .body("frequentPresenters.items.personId", contains(p1))
                .body("escalating.items.personId", contains(p3)).body("escalating.items[0].gaps", contains(30, 20, 10));
    }

    /** The summaries, once every key pending is folded in. */
    @SuppressWarnings("unchecked")
    private List<String> snapshot() {
        summaries.catchUp();
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select 'day ' || d::text from presentation_day d
                union all
                select 'tally ' || concat_ws(' ', team_id, local_date, dimension, value, days, presentations, repeats,
                                             same_issue)
                from presentation_tally where (days, presentations, repeats, same_issue) <> (0, 0, 0, 0)
                union all
                select 'return ' || r::text from case_return r
                order by 1
                """, String.class).getResultList());
    }
}
