package org.casework.workload;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The weight each worker of a team carries over a period, for reflective supervision: figures side by side in
 * name order, never ranked or rated. {@code from} and {@code to} are local dates (Europe/London), both included;
 * {@code asOf} is the day the caseload figures and the run of weighty days are read at.
 */
public record Workload(TeamRef team, LocalDate from, LocalDate to, LocalDate asOf, Rules rules,
        List<WorkerLoad> workers) {

    public record TeamRef(UUID id, String name) {
    }

    /** The settings the figures were counted with, so a reader knows what "weighty" and "out of hours" meant. */
    public record Rules(List<String> weightyIssues, String dayStarts, String dayEnds, String timeZone) {
    }

    /**
     * One worker's figures; see {@link WorkloadQuery} for each definition. Contacts are those the worker led;
     * caseload figures are as of {@code asOf} (today for a period that has not ended).
     */
    public record WorkerLoad(UUID workerId, String displayName, long openCasesAsKeyWorker,
            long peopleWithSafetyNotes, long contactsMade, long contactsAttempted, BigDecimal hoursOfContact,
            long contactsWithoutDuration, long weightyContacts, long outOfHoursContacts, long handoversReceived,
            long daysSinceDayWithoutWeightyContact) {
    }
}
