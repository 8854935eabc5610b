package org.casework.repeats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.support.Fixtures.openCase;
import static org.casework.support.Fixtures.person;
import static org.casework.support.Fixtures.team;
import static org.casework.support.Fixtures.worker;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/**
 * Two contacts written at once, for different people on the same day in the same team, count in the same tallies:
 * neither may wait for the other (V21). Before, the second writer queued on the tally rows the first had updated
 * until the first committed.
 */
@QuarkusTest
class ConcurrentPresentationsTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager em;

    @Inject
    PresentationSummaries summaries;

    @Test
    void aContactOnTheSameDayInTheSameTeamDoesNotWaitForAnotherUncommittedOne() throws SQLException {
        String team = team();
        String worker = worker(team);
        String first = openCase(person(team), team, worker, "2025-01-01T09:00:00Z");
        String second = openCase(person(team), team, worker, "2025-01-01T09:00:00Z");

        try (Connection a = dataSource.getConnection(); Connection b = dataSource.getConnection()) {
            a.setAutoCommit(false);
            b.setAutoCommit(false);
            insertPresentation(a, first, worker);
            // whatever the first contact's transaction does at commit is done now, and it stays open
            a.createStatement().execute("set constraints all immediate");

            b.createStatement().execute("set local lock_timeout = '2s'");
            insertPresentation(b, second, worker);
            b.commit(); // this failed on the lock timeout before
            a.commit();
        }
        summaries.catchUp();

        List<String> kept = tallies(team);
        assertThat(kept).contains("total 2025-03-03 2 2").contains("issue:debt 2025-03-03 2 2");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "select cast(casework_rebuild_presentation_days() as text)").getSingleResult());
        assertThat(tallies(team)).containsExactlyElementsOf(kept);
    }

    private static void insertPresentation(Connection connection, String caseId, String worker) throws SQLException {
        try (var insert = connection.prepareStatement("""
                insert into interaction (id, case_id, person_id, team_id, occurred_at, recorded_at, contact_status,
                                         channel, initiator, lead_worker_id)
                select ?, c.id, c.person_id, c.team_id, timestamptz '2025-03-03 10:00:00+00', now(), 'made',
                       'in-person', 'person', ?
                from support_case c where c.id = ?
                """)) {
            UUID id = UUID.randomUUID();
            insert.setObject(1, id);
            insert.setObject(2, UUID.fromString(worker));
            insert.setObject(3, UUID.fromString(caseId));
            assertThat(insert.executeUpdate()).isEqualTo(1);
            try (var issue = connection.prepareStatement(
                    "insert into interaction_issue (interaction_id, category) values (?, 'debt')")) {
                issue.setObject(1, id);
                issue.executeUpdate();
            }
        }
    }

    /** The team's tallies ("total 2025-03-03 days presentations"). */
    @SuppressWarnings("unchecked")
    private List<String> tallies(String team) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select concat_ws(' ', dimension || case when value = '' then '' else ':' || value end, local_date,
                                 sum(days), sum(presentations))
                from presentation_tally where team_id = cast(:team as uuid)
                group by dimension, value, local_date
                having sum(days) <> 0
                order by 1
                """, String.class).setParameter("team", team).getResultList());
    }
}
