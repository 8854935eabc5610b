package org.casework.repeats;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.casework.common.PageRequest;
import org.casework.common.SqlResource;
import org.casework.security.TeamScope;

/**
 * Presentation-days read from the {@code presentation_day} summary (V12), in SQL files shared with the benchmark.
 * Each query answers one JSON document, so the whole report is one statement and one round trip.
 */
@ApplicationScoped
public class PresentationQuery {

    private static final String PERSON = SqlResource.load("sql/repeats/person-presentations.sql");
    private static final String DASHBOARD = SqlResource.load("sql/repeats/dashboard.sql");
    private static final String DASHBOARD_EVERY_TEAM = SqlResource.load("sql/repeats/dashboard-every-team.sql");

    /** A date after every presentation-day: the first page of a person's days starts before it. */
    private static final LocalDate NO_DAY_YET = LocalDate.of(9999, 12, 31);

    /** The dashboard's filters and settings, already checked. */
    public record DashboardParams(TeamScope scope, UUID team, String issue, LocalDate from, LocalDate to,
            LocalDate today, int windowDays, int frequentDays, int listLimit) {
    }

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final PresentationSummaries summaries;

    public PresentationQuery(EntityManager entityManager, ObjectMapper json, PresentationSummaries summaries) {
        this.entityManager = entityManager;
        this.json = json;
        this.summaries = summaries;
    }

    /** The totals over all the person's presentation-days, and one page of the days, newest first. */
    public PersonPresentations.Computed person(UUID personId, TeamScope scope, int windowDays,
            PageRequest page) {
        LocalDate before = page.isFirst() ? NO_DAY_YET : page.afterDate(0);
        prepare();
        Object document = scope.bind(entityManager.createNativeQuery(PERSON), "teams")
                .setParameter("personId", personId).setParameter("windowDays", windowDays)
                .setParameter("beforeDate", before).setParameter("fetch", page.fetchSize()).getSingleResult();
        return read(document, PersonPresentations.Computed.class);
    }

    public RepeatDashboard.Computed dashboard(DashboardParams p) {
        prepare();
        Object document = p.scope().bind(entityManager.createNativeQuery(DASHBOARD), "teams")
                .setParameter("team", p.team() == null ? null : p.team().toString())
                .setParameter("issue", p.issue())
                .setParameter("fromDate", p.from()).setParameter("toDate", p.to()).setParameter("today", p.today())
                .setParameter("windowDays", p.windowDays()).setParameter("frequentDays", p.frequentDays())
                .setParameter("listLimit", p.listLimit()).getSingleResult();
        return read(document, RepeatDashboard.Computed.class);
    }

    /**
     * The same answer as {@link #dashboard} when the scope is every team, with the default window (or the team's
     * own) and no issue filter, read from the summaries the database keeps up to date instead of recomputed.
     */
    public RepeatDashboard.Computed dashboardEveryTeam(DashboardParams p) {
        prepare();
        Object document = entityManager.createNativeQuery(DASHBOARD_EVERY_TEAM)
                .setParameter("team", p.team() == null ? null : p.team().toString())
                .setParameter("fromDate", p.from()).setParameter("toDate", p.to()).setParameter("today", p.today())
                .setParameter("frequentDays", p.frequentDays()).setParameter("listLimit", p.listLimit())
                .getSingleResult();
        return read(document, RepeatDashboard.Computed.class);
    }

    /** Every contact committed so far counted in the summaries, and the query planned for its parameters. */
    private void prepare() {
        summaries.catchUp();
        planForTheseParameters();
    }

    /**
     * The best plan for these queries depends on their parameters (one team or all, a filter or none, a person with
     * ten days or six hundred); a prepared statement's generic plan, which PostgreSQL switches to after five
     * calls, measured twice as slow. So, for the rest of the transaction, every call is planned for its values.
     */
    private void planForTheseParameters() {
        entityManager.createNativeQuery("select set_config('plan_cache_mode', 'force_custom_plan', true)")
                .getSingleResult();
    }

    private <T> T read(Object document, Class<T> type) {
        try {
            return json.readValue((String) document, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the " + type.getSimpleName() + " query answered unreadable JSON", e);
        }
    }
}
