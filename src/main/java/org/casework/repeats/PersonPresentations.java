package org.casework.repeats;

import java.util.List;
import java.util.UUID;

import org.casework.common.PersonalData;

/**
 * A person's presentation-days in the caller's scope, newest first. {@code lastGaps} are the gaps before their three
 * latest presentation-days, oldest first; {@code escalating} when each is shorter than the one before.
 */
public record PersonPresentations(UUID personId, int windowDays, long presentationDays, long repeatPresentations,
        long sameIssueRepeats, List<Integer> lastGaps, boolean escalating, List<PresentationDay> days)
        implements PersonalData {

    /** What the SQL computes; the request's own values are added by the service. */
    record Computed(long presentationDays, long repeatPresentations, long sameIssueRepeats, List<Integer> lastGaps,
            boolean escalating, List<PresentationDay> days) {
    }

    static PersonPresentations of(UUID personId, int windowDays, Computed computed) {
        return new PersonPresentations(personId, windowDays, computed.presentationDays(),
                computed.repeatPresentations(), computed.sameIssueRepeats(), computed.lastGaps(),
                computed.escalating(), computed.days());
    }
}
