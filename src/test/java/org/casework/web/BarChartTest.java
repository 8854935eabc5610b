package org.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The bar chart's geometry, without a server: labels under the axis never overlap. */
class BarChartTest {

    @Test
    void thirteenMonthsAreLabelledEveryOtherMonthSoTheLabelsDoNotOverlap() {
        List<String> months = new ArrayList<>();
        List<Long> days = new ArrayList<>();
        for (int m = 0; m < 13; m++) {
            months.add(String.format("2026-%02d", m + 1));
            days.add((long) m);
        }
        BarChart chart = BarChart.of("monthly", "t", "d", months, List.of("days", "repeats"), List.of(days, days));
        List<Double> labelled = chart.bars().stream().filter(BarChart.Bar::labelled).map(BarChart.Bar::labelX)
                .toList();
        assertThat(labelled).hasSize(7);
        for (int i = 1; i < labelled.size(); i++) {
            // a label of 7 characters at about 7 units each needs about 50 units
            assertThat(labelled.get(i) - labelled.get(i - 1)).isGreaterThan(50);
        }
    }

    @Test
    void aFewShortLabelsAreAllShown() {
        BarChart chart = BarChart.of("channel", "t", "d", List.of("Phone", "Visit", "Email"), List.of("days"),
                List.of(List.of(3L, 2L, 1L)));
        assertThat(chart.bars()).allMatch(BarChart.Bar::labelled);
    }
}
