package org.casework.repeats;

import java.util.List;
import java.util.UUID;

import org.casework.common.Page;
import org.casework.common.PersonalData;
import org.casework.common.Slice;

/**
 * A person's presentation-days in the caller's scope: totals over all of them, and one page of the days, newest
 * first ({@code next} links to the following page). {@code lastGaps} are the gaps before their three latest
 * presentation-days, oldest first; {@code escalating} when each is shorter than the one before.
 */
public record PersonPresentations(UUID personId, int windowDays, long presentationDays, long repeatPresentations,
        long sameIssueRepeats, List<Integer> lastGaps, boolean escalating, List<PresentationDay> days, String next)
        implements PersonalData {

    @Override
    public String auditType() {
        return "person-presentations";
    }

    /** What the SQL computes: the totals, and the days of the page with one more if there is a next page. */
    record Computed(long presentationDays, long repeatPresentations, long sameIssueRepeats, List<Integer> lastGaps,
            boolean escalating, List<PresentationDay> days) {
    }

    /** The service's answer, before the resource (or the person's page) turns the next page's cursor into a link. */
    public record Found(UUID personId, int windowDays, Computed computed, Slice<PresentationDay> days) {

        public PersonPresentations with(Page<PresentationDay> page) {
            return new PersonPresentations(personId, windowDays, computed.presentationDays(),
                    computed.repeatPresentations(), computed.sameIssueRepeats(), computed.lastGaps(),
                    computed.escalating(), page.items(), page.next());
        }
    }
}
