package org.casework.workload;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.casework.common.CaseworkConfig;
import org.casework.common.Params;
import org.casework.common.ProblemException;
import org.casework.common.TimeConfig;
import org.casework.security.Caller;
import org.casework.teams.Team;
import org.casework.teams.TeamRepository;
import org.casework.workload.Workload.Rules;
import org.casework.workload.Workload.TeamRef;
import org.casework.workload.Workload.WorkerLoad;

/** The weight each worker carries: for a team lead, their team's workers; for a worker, their own figures. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class WorkloadService {

    /** A period longer than a year is not a supervision question. */
    static final int MAX_DAYS = 366;

    private final WorkloadQuery query;
    private final TeamRepository teams;
    private final Caller caller;
    private final CaseworkConfig.Workload settings;
    private final Clock clock;

    public WorkloadService(WorkloadQuery query, TeamRepository teams, Caller caller, CaseworkConfig config,
            Clock clock) {
        this.query = query;
        this.teams = teams;
        this.caller = caller;
        this.settings = config.workload();
        this.clock = clock;
    }

    /** A period of local dates, both included, and the day the caseload and the run of weighty days are read at. */
    record Period(LocalDate from, LocalDate to, LocalDate asOf, boolean today) {
    }

    /**
     * Every active worker and team lead of a team the caller may read (another team's is 404; an admin needs
     * X-Purpose), in name order. By default the {@code casework.workload.default-days} days to today.
     */
    public Workload team(UUID teamId, LocalDate from, LocalDate to) {
        Team team = teams.require(teamId);
        caller.requireReadable(teamId, "Team " + teamId);
        Period period = period(from, to);
        return workload(new TeamRef(team.id, team.name), List.of(teamId), query.members(teamId), period);
    }

    /** The signed-in worker's own figures over their teams' records. */
    public Workload own(LocalDate from, LocalDate to) {
        var me = caller.record().orElseThrow(() -> ProblemException.forbidden("Only a worker has a workload"));
        return workload(null, List.copyOf(me.teamIds()), List.of(me.workerId()), period(from, to));
    }

    private Workload workload(TeamRef team, List<UUID> teamIds, List<UUID> workers, Period period) {
        List<WorkerLoad> loads = query.workload(teamIds, workers, period.from(), period.to(), period.asOf(),
                period.today(), settings.weightyIssues(), settings.dayStarts(), settings.dayEnds());
        return new Workload(team, period.from(), period.to(), period.asOf(), rules(), loads);
    }

    /** The days of the period shown when none is asked for. */
    public int defaultDays() {
        return settings.defaultDays();
    }

    Rules rules() {
        return new Rules(settings.weightyIssues(), settings.dayStarts().toString(), settings.dayEnds().toString(),
                TimeConfig.LOCAL_ZONE.getId());
    }

    private Period period(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock.withZone(TimeConfig.LOCAL_ZONE));
        LocalDate last = to == null ? today : to;
        LocalDate first = from == null ? last.minusDays(settings.defaultDays() - 1L) : from;
        if (first.isAfter(today)) {
            throw Params.invalid("from", "must not be after today");
        }
        Params.requireOrdered("from", first, "to", last);
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw Params.invalid("to", "must be within " + MAX_DAYS + " days of from");
        }
        LocalDate asOf = last.isBefore(today) ? last : today;
        return new Period(first, last, asOf, asOf.equals(today));
    }
}
