package org.casework.repeats;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.casework.common.PersonalData;
import org.casework.common.PersonalDataCarrier;

/**
 * The repeat-presentation dashboard over a period: counts, and the people a team lead should look at (frequent and
 * escalating presenters), each of whom is audited as read. Rates are percentages with one decimal, null when
 * there is nothing to divide by.
 */
public record RepeatDashboard(LocalDate from, LocalDate to, UUID team, String issue, int windowDays,
        int frequentThreshold, int teamsInScope, Totals totals, List<Month> monthly, List<IssueRow> byIssue,
        List<ChannelRow> byChannel, Returns returnsAfterClosure, FrequentPresenters frequentPresenters,
        Escalation escalating) implements PersonalDataCarrier {

    public record Totals(long presentations, long presentationDays, long people, long repeatPresentations,
            long sameIssueRepeats, Double repeatRatePercent) {
    }

    public record Month(String month, long presentationDays, long repeatPresentations, Double repeatRatePercent) {
    }

    public record IssueRow(String issue, long presentationDays, long repeatPresentations, long sameIssueRepeats,
            Double repeatRatePercent) {
    }

    public record ChannelRow(String channel, long presentationDays, long repeatPresentations,
            Double repeatRatePercent) {
    }

    /** Closures in the period (not for death or moving away) and the first presentation after each. */
    public record Returns(long closures, List<Band> bands, List<Horizon> within) {
    }

    /** Returns whose first presentation came between fromDays and toDays after closure (HUD SPM 2 bands). */
    public record Band(String band, int fromDays, int toDays, long returned) {
    }

    /**
     * Returns within a horizon, cumulatively; {@code closuresObserved} of the closures have had the whole horizon
     * pass by today, so a rate over recent closures is still rising.
     */
    public record Horizon(int months, int days, long returned, Double ratePercent, long closuresObserved) {
    }

    public record OpenCase(UUID caseId, UUID teamId, UUID keyWorkerId, String keyWorkerName) {
    }

    public record FrequentPresenters(long count, List<FrequentPresenter> items) {
    }

    public record FrequentPresenter(UUID personId, String preferredName, long presentationDays, LocalDate lastSeen,
            OpenCase openCase) implements PersonalData {

        @Override
        public String auditType() {
            return "frequent-presenter";
        }
    }

    public record Escalation(long count, List<EscalatingPresenter> items) {
    }

    /** {@code gaps}: the last three gaps, oldest first, each shorter than the one before. */
    public record EscalatingPresenter(UUID personId, String preferredName, List<Integer> gaps, LocalDate lastSeen,
            OpenCase openCase) implements PersonalData {

        @Override
        public String auditType() {
            return "escalating-presenter";
        }
    }

    /** What the SQL computes; the request's own values are added by the service. */
    record Computed(Totals totals, List<Month> monthly, List<IssueRow> byIssue, List<ChannelRow> byChannel,
            Returns returnsAfterClosure, FrequentPresenters frequentPresenters, Escalation escalating) {
    }

    @Override
    public Iterable<? extends PersonalData> personalData() {
        return Stream.concat(frequentPresenters.items().stream(), escalating.items().stream()).toList();
    }
}
