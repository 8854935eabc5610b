package org.casework.repeats;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.casework.common.CaseworkConfig;
import org.casework.common.PageRequest;
import org.casework.common.Params;
import org.casework.common.Slice;
import org.casework.common.TimeConfig;
import org.casework.people.PersonService;
import org.casework.reference.ReferenceCode;
import org.casework.reference.ReferenceCodeRepository;
import org.casework.reference.Vocabulary;
import org.casework.repeats.PresentationQuery.DashboardParams;
import org.casework.security.Caller;
import org.casework.security.TeamScope;
import org.casework.teams.Team;
import org.casework.teams.TeamRepository;

/** Presentations and repeats, always within the teams the caller may see (the rules: docs/definitions.md). */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class RepeatService {

    /** A period longer than this is a mistake or a denial of service, not a question. */
    static final int MAX_DAYS = 5 * 366;

    private final PresentationQuery query;
    private final PersonService people;
    private final TeamRepository teams;
    private final ReferenceCodeRepository codes;
    private final Caller caller;
    private final CaseworkConfig config;
    private final Clock clock;

    public RepeatService(PresentationQuery query, PersonService people, TeamRepository teams,
            ReferenceCodeRepository codes, Caller caller, CaseworkConfig config, Clock clock) {
        this.query = query;
        this.people = people;
        this.teams = teams;
        this.codes = codes;
        this.caller = caller;
        this.config = config;
        this.clock = clock;
    }

    /** A person the caller may see: totals over all their presentation-days in scope, and one page of the days. */
    @Transactional
    public PersonPresentations.Found ofPerson(UUID personId, Integer windowDays, PageRequest page) {
        people.require(personId);
        int window = windowDays == null ? Team.DEFAULT_REPEAT_WINDOW_DAYS : windowDays;
        var computed = query.person(personId, caller.readScope(), window, page);
        return new PersonPresentations.Found(personId, window, computed,
                Slice.of(computed.days(), page, day -> List.of(day.date().toString())));
    }

    /**
     * The dashboard for the caller's teams, or one of them. From and to are local dates, both included; by default
     * the year to today. The window is the request's, else the team's, else 28 days.
     */
    @Transactional
    public RepeatDashboard dashboard(UUID teamId, String issue, LocalDate from, LocalDate to, Integer windowDays,
            Integer frequentDays, Integer limit) {
        TeamScope scope = caller.readScope();
        Team team = teamId == null ? null : teams.findById(teamId);
        if (teamId != null && (team == null || !scope.includes(teamId))) {
            throw Params.invalid("team", "is not one of the teams you can see");
        }
        if (issue != null && codes.findById(new ReferenceCode.Key(Vocabulary.ISSUE_CATEGORY.code(), issue)) == null) {
            throw Params.invalid("issue", "is not a code of the issue-category vocabulary (see /api/reference/"
                    + Vocabulary.ISSUE_CATEGORY.code() + ")");
        }
        LocalDate today = LocalDate.now(clock.withZone(TimeConfig.LOCAL_ZONE));
        LocalDate until = to == null ? today : to;
        LocalDate since = from == null ? until.minusYears(1).plusDays(1) : from;
        Params.requireOrdered("from", since, "to", until);
        if (ChronoUnit.DAYS.between(since, until) >= MAX_DAYS) {
            throw Params.invalid("to", "must be within " + MAX_DAYS + " days of from");
        }
        int usualWindow = team != null ? team.repeatWindowDays : Team.DEFAULT_REPEAT_WINDOW_DAYS;
        int window = windowDays != null ? windowDays : usualWindow;
        int frequent = frequentDays == null ? config.repeats().frequentPresenterDays() : frequentDays;
        int listLimit = limit == null ? config.paging().defaultLimit() : limit;
        var params = new DashboardParams(scope, teamId, issue, since, until, today, window, frequent, listLimit);
        // the council-wide view is read from summaries kept for exactly this scope and window
        long allTeams = teams.count();
        long teamsInScope = scope.isEveryTeam() ? allTeams : scope.named().size();
        boolean summarised = teamsInScope == allTeams && issue == null && window == usualWindow;
        var computed = summarised ? query.dashboardEveryTeam(params) : query.dashboard(params);
        return new RepeatDashboard(since, until, teamId, issue, window, frequent, (int) teamsInScope, computed.totals(),
                computed.monthly(), computed.byIssue(), computed.byChannel(), computed.returnsAfterClosure(),
                computed.frequentPresenters(), computed.escalating());
    }
}
