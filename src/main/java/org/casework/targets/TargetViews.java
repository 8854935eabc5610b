package org.casework.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The request and response bodies of the targets API. */
public final class TargetViews {

    private TargetViews() {
    }

    /** A target as a team lead sets it; codes are checked against the catalogue by the service. */
    public record TargetRequest(
            @NotBlank @Size(max = 50) String metric,
            Integer parameterDays,
            @NotBlank @Size(max = 20) String comparator,
            @NotNull BigDecimal threshold,
            @NotBlank @Size(max = 20) String period,
            @Size(max = 1000) String description) {
    }

    public record TargetView(UUID id, UUID teamId, String metric, Integer parameterDays, String comparator,
            BigDecimal threshold, String period, String description, OffsetDateTime createdAt, long version) {

        static TargetView from(TeamTarget target) {
            return new TargetView(target.id, target.teamId, target.metric, target.parameterDays, target.comparator,
                    target.threshold, target.period, target.description, target.createdAt, target.version);
        }
    }

    /** One entry of the catalogue: what a target may measure. */
    public record MetricView(String code, String label, String unit, boolean needsParameterDays, String better,
            BigDecimal maxThreshold, String definition) {

        static MetricView from(TargetMetric metric) {
            return new MetricView(metric.code(), metric.label(), metric.unit(), metric.needsParameterDays(),
                    metric.better(), metric.maxThreshold(), metric.definition());
        }
    }

    /**
     * A target judged over one period of its cadence: {@code to} is exclusive; {@code met} is null when there
     * was nothing to measure; {@code complete} when the period ended before today.
     */
    public record Evaluation(LocalDate from, LocalDate to, BigDecimal actual, BigDecimal threshold,
            String comparator, Boolean met, boolean complete) {
    }

    /** A target with its evaluations over every period of its cadence that overlaps a scorecard's period. */
    public record TargetScore(TargetView target, List<Evaluation> evaluations) {
    }
}
