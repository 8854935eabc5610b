package org.casework.continuity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.casework.common.PersonalData;
import org.casework.common.TimeConfig;
import org.casework.continuity.ContinuityQuery.Counts;

/** What the continuity endpoints answer; the measures are defined in docs/definitions.md. */
public final class ContinuityViews {

    private ContinuityViews() {
    }

    /**
     * The continuity measures over one period. Ratios are null when there is nothing to divide: no contact made,
     * or, for COCI, fewer than two.
     */
    public record Measures(long contacts, long attemptsNotMade, long distinctWorkers, Double keyWorkerShare,
            Double usualProviderIndex, Double continuityOfCareIndex, long handovers, OffsetDateTime lastContactAt,
            Integer daysSinceLastContact) {

        static Measures from(Counts counts, LocalDate today) {
            Integer daysSince = counts.lastContactAt() == null ? null : (int) ChronoUnit.DAYS.between(
                    counts.lastContactAt().atZoneSameInstant(TimeConfig.LOCAL_ZONE).toLocalDate(), today);
            return new Measures(counts.contacts(), counts.attempts(), counts.distinctWorkers(),
                    counts.keyWorkerShare(), counts.usualProviderIndex(), counts.continuityOfCareIndex(),
                    counts.handovers(), counts.lastContactAt(), daysSince);
        }
    }

    public record CaseContinuity(UUID caseId, UUID personId, UUID keyWorkerId, Measures allTime,
            Measures last12Months) implements PersonalData {

        @Override
        public String auditType() {
            return "case-continuity";
        }

        @Override
        public UUID auditId() {
            return caseId;
        }
    }

    public record PersonContinuity(UUID personId, List<UUID> keyWorkerIds, Measures allTime, Measures last12Months)
            implements PersonalData {

        @Override
        public String auditType() {
            return "person-continuity";
        }

        @Override
        public UUID auditId() {
            return personId;
        }
    }
}
