package org.casework.outcomes;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casework.outcomes.TeamSoftOutcomesQuery.Change;
import org.casework.outcomes.TeamSoftOutcomesQuery.MomentCount;

/**
 * A team's soft outcomes over a period: counts only, no one's data. {@code changes} has one row per instrument
 * version for its total and one per item of per-item and mean instruments ({@code item} null for the total),
 * over the people with at least two scores in the period, first against latest.
 */
public record TeamSoftOutcomes(UUID teamId, LocalDate from, LocalDate to, long assessmentsCompleted,
        long peopleAssessed, List<Change> changes, List<MomentCount> momentsByType) {
}
