package org.casework.repeats;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One local date (Europe/London) on which the person presented, however many times: the teams and issue categories
 * of that day, and the gap in days to their previous presentation-day in the caller's scope (null for the first).
 */
public record PresentationDay(LocalDate date, int presentations, List<UUID> teamIds, List<String> issues,
        List<String> channels, Integer daysSincePrevious, boolean repeat, boolean sameIssueRepeat) {
}
