package org.casework.scorecard;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casework.outcomes.TeamSoftOutcomes;
import org.casework.repeats.RepeatDashboard;
import org.casework.targets.TargetViews.TargetScore;

/**
 * A team's scorecard for a period: counts and shares only, no one's data. {@code from} is the first day and
 * {@code to} the first day after (local dates, Europe/London). Each component is its own record, computed by its
 * own service or query, so a new one (repeat presentations, say) is one more component and one more line in
 * {@link ScorecardService#scorecard}. {@code previous} is the period before, when asked for ({@code compare=previous}).
 */
public record Scorecard(TeamRef team, String period, LocalDate from, LocalDate to, List<TargetScore> targets,
        TeamSoftOutcomes softOutcomes, Repeats repeats, Continuity continuity, GamingSignals gamingSignals,
        @JsonInclude(JsonInclude.Include.NON_NULL) Scorecard previous) {

    Scorecard withPrevious(Scorecard before) {
        return new Scorecard(team, period, from, to, targets, softOutcomes, repeats, continuity, gamingSignals,
                before);
    }

    public record TeamRef(UUID id, String name) {
    }

    /**
     * The team's presentation-days in the period as its repeat dashboard counts them (with the team's own window),
     * and how many frequent and escalating presenters it lists, without naming them.
     */
    public record Repeats(int windowDays, RepeatDashboard.Totals totals, RepeatDashboard.Returns returnsAfterClosure,
            long frequentPresenters, long escalatingPresenters) {

        static Repeats of(RepeatDashboard dashboard) {
            return new Repeats(dashboard.windowDays(), dashboard.totals(), dashboard.returnsAfterClosure(),
                    dashboard.frequentPresenters().count(), dashboard.escalating().count());
        }
    }

    /**
     * Contacts made in the period on the team's cases; the share led by the case's current key worker (%); the
     * mean over cases of usual-provider continuity and of COCI (cases with two or more contacts only), both 0–1;
     * key-worker handovers in the period.
     */
    public record Continuity(long contacts, long contactsWithKeyWorker, Double keyWorkerShare,
            long casesWithContacts, Double meanUsualProviderContinuity, long casesWithCoci, Double meanCoci,
            long handovers) {
    }

    /** What would show a target being met at the people's expense (Campbell's law). */
    public record GamingSignals(FastClosures fastClosures, QuickReturns quickReturns,
            EndOfPeriodClosures endOfPeriodClosures, RecordingDelay recordingDelay,
            List<WorkerRatingHigher> workersRatingHigher) {
    }

    /**
     * Cases closed in the period within {@code withinDays} of opening (from the team's target, the request or
     * the default), and how many of those people presented again within 90 days of the closure.
     */
    public record FastClosures(int withinDays, String withinDaysFrom, long closures, long presentedAgainWithin90Days,
            Double share) {
    }

    /** Cases closed in the period whose person had a new case in the team, or presented again, within 30 days. */
    public record QuickReturns(long closures, long returnedWithin30Days, Double share) {
    }

    /** Closures in the last 7 days of the period, beside the share expected if closures were even. */
    public record EndOfPeriodClosures(long closures, long inLast7Days, Double share, Double expectedShare) {
    }

    /** How long after they happened the team's interactions in the period were recorded. */
    public record RecordingDelay(long interactions, Double medianHours, Double p90Hours, long moreThan7DaysLate,
            Double shareMoreThan7DaysLate) {
    }

    /** A worker whose ratings ran above the people's own: three or more pairs with a positive mean gap. */
    public record WorkerRatingHigher(UUID workerId, String displayName, long pairs, long workerHigher,
            Double shareWorkerHigher, Double meanGap) {
    }
}
