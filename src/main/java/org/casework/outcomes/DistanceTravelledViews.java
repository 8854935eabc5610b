package org.casework.outcomes;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.casework.common.PersonalData;
import org.casework.outcomes.DistanceTravelledQuery.Point;

/** What the distance-travelled endpoints answer: per instrument version, the total and the items that count. */
public final class DistanceTravelledViews {

    private DistanceTravelledViews() {
    }

    /** One scored assessment of a series: its total, or the item's answer. */
    public record SeriesPoint(UUID assessmentId, OffsetDateTime assessedAt, Respondent respondent, BigDecimal value) {
    }

    /**
     * The first and latest value of one series (a total, or an item when {@code item} is set), the change
     * (latest − first), whether it reaches the version's meaningful change, and the outcome: {@code improved} or
     * {@code worse} (by {@code direction}) when it does, else {@code unchanged}. With a single point the change,
     * {@code meaningful} and {@code outcome} are null.
     */
    public record Change(String item, Direction direction, BigDecimal first, OffsetDateTime firstAt, BigDecimal latest,
            OffsetDateTime latestAt, BigDecimal change, Boolean meaningful, String outcome, List<SeriesPoint> series) {
    }

    /** One instrument version: its total (null for per-item instruments) and its items (per-item and mean). */
    public record InstrumentDistance(String instrument, int version, ScoringRule scoringRule, Direction scoreDirection,
            BigDecimal meaningfulChange, Change total, List<Change> items) {
    }

    public record CaseDistanceTravelled(UUID caseId, UUID personId, Respondent respondent,
            List<InstrumentDistance> instruments) implements PersonalData {

        @Override
        public String auditType() {
            return "case-distance-travelled";
        }

        @Override
        public UUID auditId() {
            return caseId;
        }
    }

    public record PersonDistanceTravelled(UUID personId, Respondent respondent, List<InstrumentDistance> instruments)
            implements PersonalData {

        @Override
        public String auditType() {
            return "person-distance-travelled";
        }

        @Override
        public UUID auditId() {
            return personId;
        }
    }

    /** Groups the query's points, already in report order, into versions and their series. */
    static List<InstrumentDistance> from(List<Point> points) {
        Map<UUID, List<Point>> byVersion = new LinkedHashMap<>();
        for (Point point : points) {
            byVersion.computeIfAbsent(point.versionId(), v -> new ArrayList<>()).add(point);
        }
        return byVersion.values().stream().map(DistanceTravelledViews::instrument).toList();
    }

    private static InstrumentDistance instrument(List<Point> points) {
        Map<String, List<Point>> bySeries = new LinkedHashMap<>();
        for (Point point : points) {
            bySeries.computeIfAbsent(Objects.requireNonNullElse(point.item(), ""), s -> new ArrayList<>()).add(point);
        }
        Change total = null;
        List<Change> items = new ArrayList<>();
        for (List<Point> series : bySeries.values()) {
            Change change = change(series);
            if (change.item() == null) {
                total = change;
            } else {
                items.add(change);
            }
        }
        Point any = points.get(0);
        return new InstrumentDistance(any.instrument(), any.version(), any.scoringRule(), any.scoreDirection(),
                any.meaningfulChange(), total, items);
    }

    private static Change change(List<Point> series) {
        Point p = series.get(0);
        return new Change(p.item(), p.direction(), p.first(), p.firstAt(), p.latest(), p.latestAt(), p.change(),
                p.meaningful(), p.outcome(), series.stream()
                        .map(x -> new SeriesPoint(x.assessmentId(), x.assessedAt(), x.respondent(), x.value()))
                        .toList());
    }
}
