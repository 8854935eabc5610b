package org.casework.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * A small line chart drawn as SVG by the server (tags/lineChart.html): a value over time, such as an
 * instrument's total at each assessment. Coordinates are computed here; the template only draws them. The same
 * figures are always shown in a table beside it.
 */
public record LineChart(String id, String title, String description, List<Point> points, String low, String high) {

    public static final int WIDTH = 600;
    public static final int HEIGHT = 220;
    private static final int LEFT = 50;
    private static final int RIGHT = 20;
    private static final int TOP = 20;
    private static final int BOTTOM = 40;

    /** One value, where it is drawn, and its labels (the date below, the value beside). */
    public record Point(double x, double y, String label, String value) {

        /** Where the value's label sits: just above the point. */
        public double valueY() {
            return y - 10;
        }
    }

    /** Plots values (equally spaced, in order) between the scale's minimum and maximum. */
    public static LineChart of(String id, String title, String description, List<String> labels,
            List<BigDecimal> values, BigDecimal min, BigDecimal max) {
        double low = min.doubleValue();
        double span = Math.max(max.doubleValue() - low, 1e-9);
        int n = values.size();
        double step = n > 1 ? (WIDTH - LEFT - RIGHT) / (double) (n - 1) : 0;
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double x = LEFT + (n > 1 ? i * step : (WIDTH - LEFT - RIGHT) / 2.0);
            double y = TOP + (HEIGHT - TOP - BOTTOM) * (1 - (values.get(i).doubleValue() - low) / span);
            points.add(new Point(round(x), round(y), labels.get(i), values.get(i).stripTrailingZeros().toPlainString()));
        }
        return new LineChart(id, title, description, points, min.stripTrailingZeros().toPlainString(),
                max.stripTrailingZeros().toPlainString());
    }

    public String polyline() {
        StringJoiner joined = new StringJoiner(" ");
        points.forEach(p -> joined.add(p.x() + "," + p.y()));
        return joined.toString();
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

    public int right() {
        return WIDTH - RIGHT;
    }

    public int top() {
        return TOP;
    }

    public int bottom() {
        return HEIGHT - BOTTOM;
    }

    /** Where the scale's labels end, left of the vertical axis. */
    public int scaleX() {
        return LEFT - 8;
    }

    public int highY() {
        return TOP + 5;
    }

    /** Where the dates sit, below the horizontal axis. */
    public int dateY() {
        return HEIGHT - BOTTOM + 20;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
