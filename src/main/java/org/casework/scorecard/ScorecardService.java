package org.casework.scorecard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.casework.common.Params;
import org.casework.common.TimeConfig;
import org.casework.outcomes.TeamSoftOutcomesService;
import org.casework.repeats.RepeatService;
import org.casework.scorecard.Scorecard.GamingSignals;
import org.casework.scorecard.Scorecard.TeamRef;
import org.casework.security.Caller;
import org.casework.targets.TargetService;
import org.casework.teams.Team;
import org.casework.teams.TeamRepository;

/** The team lead's scorecard: targets beside soft outcomes, continuity and the signs of gaming the targets. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class ScorecardService {

    static final int DEFAULT_FAST_CLOSURE_DAYS = 28;

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final ScorecardQuery query;
    private final TargetService targets;
    private final TeamSoftOutcomesService softOutcomes;
    private final RepeatService repeats;
    private final TeamRepository teams;
    private final Caller caller;
    private final Clock clock;

    public ScorecardService(ScorecardQuery query, TargetService targets, TeamSoftOutcomesService softOutcomes,
            RepeatService repeats, TeamRepository teams, Caller caller, Clock clock) {
        this.query = query;
        this.targets = targets;
        this.softOutcomes = softOutcomes;
        this.repeats = repeats;
        this.teams = teams;
        this.caller = caller;
        this.clock = clock;
    }

    /** A period named by the request: its name, first day and first day after. */
    record Period(String name, LocalDate from, LocalDate to) {

        /** The period of the same kind just before: the previous quarter, month or year. */
        Period previous() {
            LocalDate before = from.minusDays(1);
            if (QUARTER.matcher(name).matches()) {
                return quarter(before.getYear(), (before.getMonthValue() - 1) / 3 + 1);
            } else if (MONTH.matcher(name).matches()) {
                YearMonth month = YearMonth.from(before);
                return new Period(month.toString(), month.atDay(1), from);
            }
            LocalDate first = before.withDayOfYear(1);
            return new Period(String.valueOf(first.getYear()), first, from);
        }
    }

    /**
     * The scorecard of a team the caller may read (another team's is 404; an admin needs X-Purpose). The period
     * is a quarter ({@code 2026-Q3}), a month ({@code 2026-07}) or a year ({@code 2026}); by default the current
     * quarter. A fast closure is within the N of the team's cases-closed-within-days target, else
     * {@code fastClosureDays}, else 28 days.
     */
    public Scorecard scorecard(UUID teamId, String periodName, Integer fastClosureDays, boolean withPrevious) {
        Team team = teams.require(teamId);
        caller.requireReadable(teamId, "Team " + teamId);
        Period period = period(periodName);
        Scorecard scorecard = scorecard(team, period, fastClosureDays);
        return withPrevious ? scorecard.withPrevious(scorecard(team, period.previous(), fastClosureDays)) : scorecard;
    }

    private Scorecard scorecard(Team team, Period period, Integer fastClosureDays) {
        UUID teamId = team.id;
        var since = period.from().atStartOfDay(TimeConfig.LOCAL_ZONE).toOffsetDateTime();
        var until = period.to().atStartOfDay(TimeConfig.LOCAL_ZONE).toOffsetDateTime();

        Integer targetDays = targets.closureSpeedDays(teamId);
        int fastDays = targetDays != null ? targetDays
                : fastClosureDays != null ? fastClosureDays : DEFAULT_FAST_CLOSURE_DAYS;
        String fastDaysFrom = targetDays != null ? "target" : fastClosureDays != null ? "request" : "default";
        var closures = query.closures(teamId, since, until, period.from(), period.to(), caller.readScope(),
                fastDays, fastDaysFrom);
        var gaming = new GamingSignals(closures.fast(), closures.quickReturns(), closures.endOfPeriod(),
                query.recordingDelay(teamId, since, until), query.workersRatingHigher(teamId, since, until));

        return new Scorecard(new TeamRef(team.id, team.name), period.name(), period.from(), period.to().minusDays(1),
                targets.evaluate(teamId, period.from(), period.to()),
                softOutcomes.summary(teamId, period.from(), period.to().minusDays(1)),
                Scorecard.Repeats.of(repeats.dashboard(teamId, null, period.from(), period.to().minusDays(1), null,
                        null, 1)),
                query.continuity(teamId, since, until), gaming, null);
    }

    Period period(String name) {
        if (name == null || name.isBlank()) {
            LocalDate today = LocalDate.now(clock.withZone(TimeConfig.LOCAL_ZONE));
            int quarter = (today.getMonthValue() - 1) / 3 + 1;
            return quarter(today.getYear(), quarter);
        }
        String trimmed = name.trim();
        Matcher m;
        if ((m = QUARTER.matcher(trimmed)).matches()) {
            return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } else if ((m = MONTH.matcher(trimmed)).matches()) {
            LocalDate from = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
            return new Period(trimmed, from, from.plusMonths(1));
        } else if (YEAR.matcher(trimmed).matches()) {
            LocalDate from = LocalDate.of(Integer.parseInt(trimmed), 1, 1);
            return new Period(trimmed, from, from.plusYears(1));
        }
        throw Params.invalid("period", "must be a quarter (2026-Q3), a month (2026-07) or a year (2026)");
    }

    private static Period quarter(int year, int quarter) {
        LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new Period(year + "-Q" + quarter, from, from.plusMonths(3));
    }
}
