package org.casework.outcomes;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.casework.common.PersonalData;

/**
 * How the person's own ratings and the worker's differ on a case. A positive gap always means the worker rated
 * the person as doing better than they rated themselves.
 */
public record RatingGaps(UUID caseId, UUID personId, List<InstrumentGap> summaries, List<Pair> pairs)
        implements PersonalData {

    @Override
    public String auditType() {
        return "rating-gaps";
    }

    /**
     * Per instrument version with a total: pairs compared, in how many the worker rated higher, the mean gap, and
     * whether the worker rated higher every time (two pairs or more): what the scorecard can say.
     */
    public record InstrumentGap(String instrument, int version, long pairs, long workerHigher, BigDecimal meanGap,
            boolean workerConsistentlyHigher) {
    }

    /** A self-rating and the nearest worker rating of the same version within 14 days. */
    public record Pair(String instrument, int version, UUID selfAssessmentId, UUID workerAssessmentId,
            OffsetDateTime selfAt, OffsetDateTime workerAt, BigDecimal overallGap, List<ItemGap> items) {
    }

    public record ItemGap(String item, BigDecimal self, BigDecimal worker, BigDecimal gap) {
    }

    @Override
    public UUID auditId() {
        return caseId;
    }
}
