package org.casework.outcomes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.casework.common.Params;
import org.casework.common.TimeConfig;
import org.casework.security.Caller;
import org.casework.teams.TeamRepository;

/** The team summary of soft outcomes that the scorecard sets beside the targets. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class TeamSoftOutcomesService {

    /** A period longer than this is a mistake or a denial of service, not a question. */
    static final int MAX_DAYS = 5 * 366;

    private final TeamSoftOutcomesQuery query;
    private final TeamRepository teams;
    private final Caller caller;
    private final Clock clock;

    public TeamSoftOutcomesService(TeamSoftOutcomesQuery query, TeamRepository teams, Caller caller, Clock clock) {
        this.query = query;
        this.teams = teams;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * From and to are local dates (Europe/London), both included; by default the 90 days to today. Only a team
     * the caller may read (another team's is 404, like an unknown id).
     */
    public TeamSoftOutcomes summary(UUID teamId, LocalDate from, LocalDate to) {
        teams.require(teamId);
        caller.requireReadable(teamId, "Team " + teamId);
        LocalDate until = to == null ? LocalDate.now(clock.withZone(TimeConfig.LOCAL_ZONE)) : to;
        LocalDate since = from == null ? until.minusDays(89) : from;
        Params.requireOrdered("from", since, "to", until);
        if (ChronoUnit.DAYS.between(since, until) >= MAX_DAYS) {
            throw Params.invalid("to", "must be within " + MAX_DAYS + " days of from");
        }
        var start = since.atStartOfDay(TimeConfig.LOCAL_ZONE).toOffsetDateTime();
        var end = until.plusDays(1).atStartOfDay(TimeConfig.LOCAL_ZONE).toOffsetDateTime();
        var totals = query.totals(teamId, start, end);
        return new TeamSoftOutcomes(teamId, since, until, totals.assessments(), totals.people(),
                query.changes(teamId, start, end), query.moments(teamId, start, end));
    }
}
