package org.casework.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart drawn as SVG by the server (tags/barChart.html): one or two figures for each of a few categories
 * (presentation-days and repeats by month, by issue, by channel). Coordinates are computed here; the template only
 * draws them, and the page always follows it with a table of the same figures.
 */
public record BarChart(String id, String title, String description, List<Bar> bars, List<String> legend,
        long max) {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 240;
    private static final int LEFT = 50;
    private static final int BOTTOM = 50;
    private static final int TOP = 20;
    /** The width of a label's character, with a space either side of it, at the chart's font size (SVG units). */
    private static final double LABEL_CHAR_WIDTH = 8;

    /** One bar: where it is, how tall, which series (0 or 1), its category's label under the first of a group. */
    public record Bar(double x, double y, double width, double height, int series, String label, long value,
            boolean labelled) {

        public double labelX() {
            return x + width;
        }

        public int labelY() {
            return HEIGHT - BOTTOM + 16;
        }
    }

    /**
     * Plots each category's figures (one list per series, the same length as the labels) from zero to the largest
     * figure.
     */
    public static BarChart of(String id, String title, String description, List<String> labels,
            List<String> legend, List<List<Long>> series) {
        long max = Math.max(1, series.stream().flatMap(List::stream).mapToLong(Long::longValue).max().orElse(1));
        int groups = Math.max(1, labels.size());
        double groupWidth = (WIDTH - LEFT - 10) / (double) groups;
        double barWidth = Math.max(2, groupWidth * 0.8 / series.size());
        // label every category whose label fits under its group, else every second, third…: the table has them all
        int longest = labels.stream().mapToInt(String::length).max().orElse(1);
        int step = Math.max(1, (int) Math.ceil(longest * LABEL_CHAR_WIDTH / groupWidth));
        List<Bar> bars = new ArrayList<>();
        for (int g = 0; g < labels.size(); g++) {
            for (int s = 0; s < series.size(); s++) {
                long value = series.get(s).get(g);
                double height = (HEIGHT - TOP - BOTTOM) * value / (double) max;
                double x = LEFT + g * groupWidth + groupWidth * 0.1 + s * barWidth;
                bars.add(new Bar(round(x), round(HEIGHT - BOTTOM - height), round(barWidth), round(height), s,
                        labels.get(g), value, s == 0 && g % step == 0));
            }
        }
        return new BarChart(id, title, description, bars, legend, max);
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int left() {
        return LEFT;
    }

    public int axisY() {
        return HEIGHT - BOTTOM;
    }

    public int top() {
        return TOP;
    }

    public int scaleX() {
        return LEFT - 6;
    }

    public int maxY() {
        return TOP + 5;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
