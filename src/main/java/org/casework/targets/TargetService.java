package org.casework.targets;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.casework.common.Coded;
import org.casework.common.Problem.FieldError;
import org.casework.common.ProblemException;
import org.casework.common.TimeConfig;
import org.casework.common.Versions;
import org.casework.security.Caller;
import org.casework.security.Role;
import org.casework.targets.TargetViews.MetricView;
import org.casework.targets.TargetViews.TargetRequest;
import org.casework.targets.TargetViews.TargetScore;
import org.casework.targets.TargetViews.TargetView;
import org.casework.teams.TeamRepository;

/**
 * A team's targets. They are not personal data: members of the team read them, admins read any team's; the
 * team's leads and admins set them. Another team's targets are not found, exactly like unknown ids.
 */
@ApplicationScoped
@Transactional
public class TargetService {

    /** Enough for any real scorecard; keeps the list and the scorecard bounded. */
    public static final int MAX_PER_TEAM = 50;

    static final Set<String> COMPARATORS = Set.of("at-least", "at-most");
    static final Set<String> PERIODS = Set.of("month", "quarter", "year");
    static final int MAX_PARAMETER_DAYS = 365;

    private final TargetRepository targets;
    private final TargetQuery query;
    private final TeamRepository teams;
    private final Caller caller;
    private final Clock clock;

    public TargetService(TargetRepository targets, TargetQuery query, TeamRepository teams, Caller caller,
            Clock clock) {
        this.targets = targets;
        this.query = query;
        this.teams = teams;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional(TxType.SUPPORTS)
    public List<MetricView> catalogue() {
        return Arrays.stream(TargetMetric.values()).map(MetricView::from).toList();
    }

    @Transactional(TxType.SUPPORTS)
    public List<TargetView> list(UUID teamId) {
        requireReadable(teamId);
        return targets.ofTeam(teamId).stream().map(TargetView::from).toList();
    }

    @Transactional(TxType.SUPPORTS)
    public TargetView get(UUID teamId, UUID id) {
        requireReadable(teamId);
        return TargetView.from(targets.require(teamId, id));
    }

    public TargetView create(UUID teamId, TargetRequest request) {
        requireWritable(teamId);
        TargetMetric metric = validated(request);
        if (targets.count("teamId", teamId) >= MAX_PER_TEAM) {
            throw ProblemException.conflict("A team has at most " + MAX_PER_TEAM + " targets; remove one first");
        }
        TeamTarget target = new TeamTarget();
        target.id = UUID.randomUUID();
        target.teamId = teamId;
        target.createdAt = TimeConfig.now(clock);
        apply(target, metric, request);
        targets.persist(target);
        targets.flush();
        return TargetView.from(target);
    }

    public TargetView replace(UUID teamId, UUID id, long expectedVersion, TargetRequest request) {
        requireWritable(teamId);
        TeamTarget target = targets.require(teamId, id);
        Versions.check(expectedVersion, target.version);
        apply(target, validated(request), request);
        targets.flush();
        return TargetView.from(target);
    }

    public void remove(UUID teamId, UUID id, long expectedVersion) {
        requireWritable(teamId);
        TeamTarget target = targets.require(teamId, id);
        Versions.check(expectedVersion, target.version);
        targets.delete(target);
    }

    /**
     * Each of the team's targets judged over every period of its own cadence that overlaps [from, to): a
     * monthly target over a quarter has three evaluations, a yearly one the whole year. The caller's access to
     * the team is checked by whoever asks (the scorecard).
     */
    @Transactional(TxType.SUPPORTS)
    public List<TargetScore> evaluate(UUID teamId, LocalDate from, LocalDate to) {
        List<TargetScore> scores = new ArrayList<>();
        for (TeamTarget target : targets.ofTeam(teamId)) {
            LocalDate first = startOf(target.period, from);
            LocalDate last = startOf(target.period, to.minusDays(1)).plusMonths(months(target.period));
            scores.add(new TargetScore(TargetView.from(target), query.evaluate(teamId,
                    Coded.fromCode(TargetMetric.class, target.metric), target.parameterDays, target.comparator,
                    target.threshold, first, last, months(target.period) + " months", TimeConfig.now(clock))));
        }
        return scores;
    }

    /** The N of the team's earliest "cases closed within N days" target, or null when it has none. */
    @Transactional(TxType.SUPPORTS)
    public Integer closureSpeedDays(UUID teamId) {
        return targets.ofTeam(teamId).stream()
                .filter(t -> TargetMetric.CASES_CLOSED_WITHIN_DAYS.code().equals(t.metric))
                .map(t -> t.parameterDays).findFirst().orElse(null);
    }

    static LocalDate startOf(String period, LocalDate day) {
        return switch (period) {
            case "month" -> day.withDayOfMonth(1);
            case "quarter" -> day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
            default -> day.withDayOfYear(1);
        };
    }

    static int months(String period) {
        return switch (period) {
            case "month" -> 1;
            case "quarter" -> 3;
            default -> 12;
        };
    }

    private static void apply(TeamTarget target, TargetMetric metric, TargetRequest request) {
        target.metric = metric.code();
        target.parameterDays = request.parameterDays();
        target.comparator = request.comparator();
        target.threshold = request.threshold().setScale(2);
        target.period = request.period();
        target.description = request.description();
    }

    /** Every rule the catalogue sets, each broken one named by its field. */
    private static TargetMetric validated(TargetRequest request) {
        List<FieldError> errors = new ArrayList<>();
        TargetMetric metric = Arrays.stream(TargetMetric.values()).filter(m -> m.code().equals(request.metric()))
                .findFirst().orElse(null);
        if (metric == null) {
            errors.add(FieldError.body("metric", "must be one of " + String.join(", ",
                    Arrays.stream(TargetMetric.values()).map(TargetMetric::code).toList())
                    + " (see /api/target-metrics)").coded("unknown-code"));
        } else if (metric.needsParameterDays() && request.parameterDays() == null) {
            errors.add(FieldError.body("parameterDays", "is required for " + metric.code()).coded("required"));
        } else if (!metric.needsParameterDays() && request.parameterDays() != null) {
            errors.add(FieldError.body("parameterDays", "is only for the within-N-days metrics; leave it out for "
                    + metric.code()));
        }
        if (request.parameterDays() != null
                && (request.parameterDays() < 0 || request.parameterDays() > MAX_PARAMETER_DAYS)) {
            errors.add(FieldError.body("parameterDays", "must be between 0 and " + MAX_PARAMETER_DAYS)
                    .coded("out-of-range"));
        }
        if (!COMPARATORS.contains(request.comparator())) {
            errors.add(FieldError.body("comparator", "must be at-least or at-most").coded("unknown-code"));
        }
        if (!PERIODS.contains(request.period())) {
            errors.add(FieldError.body("period", "must be month, quarter or year").coded("unknown-code"));
        }
        BigDecimal max = metric == null ? null : metric.maxThreshold();
        if (request.threshold().signum() < 0 || (max != null && request.threshold().compareTo(max) > 0)) {
            errors.add(FieldError.body("threshold", max == null ? "must not be negative"
                    : "must be between 0 and " + max.toPlainString() + " for " + metric.code()
                            + ("percent".equals(metric.unit()) ? " (a percentage)" : "")).coded("out-of-range"));
        } else if (request.threshold().scale() > 2) {
            errors.add(FieldError.body("threshold", "must have at most two decimals").coded("format"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.toArray(FieldError[]::new));
        }
        return metric;
    }

    private void requireReadable(UUID teamId) {
        teams.require(teamId);
        // targets are not personal data: an admin reads any team's without break-glass
        if (!caller.has(Role.ADMIN)) {
            caller.requireReadable(teamId, "Team " + teamId);
        }
    }

    private void requireWritable(UUID teamId) {
        teams.require(teamId);
        if (!caller.has(Role.ADMIN)) {
            caller.requireWritable(teamId, "Team " + teamId);
        }
    }
}
