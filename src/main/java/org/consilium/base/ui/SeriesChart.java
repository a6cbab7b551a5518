package org.consilium.base.ui;

import com.vaadin.flow.component.Svg;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A small line chart of one series (a figure per period), drawn on the server as SVG: a line through
 * the points with a dot on each, a vertical axis from 0 (or the lowest value, if below 0) to the
 * highest value, and the points' labels under them, thinned out when there are many. No chart library
 * and no frontend build (decision 0001). It is an image to the screen reader, described in words by
 * its title and every point; pages show the numbers in a table beside it too. Styled by
 * {@code styles/series-chart.css}.
 */
public class SeriesChart extends Svg {

    /** One point of the series: its label on the horizontal axis and its value. */
    public record Point(String label, BigDecimal value) {
    }

    static final int WIDTH = 480;
    static final int HEIGHT = 200;
    static final int LEFT = 48;
    static final int RIGHT = 32;
    static final int TOP = 16;
    static final int BOTTOM = 32;
    /** Labels under the axis beyond this many would overlap: then only every n-th is written. */
    static final int MAX_LABELS = 8;

    /** The chart of {@code points}, in order, described by {@code title}; numbers in the locale's way. */
    public SeriesChart(String title, List<Point> points, Locale locale) {
        super(svg(title, points, locale));
        addClassName("series-chart");
    }

    /** The chart as an SVG document fragment; every text in it is escaped. */
    public static String svg(String title, List<Point> points, Locale locale) {
        double lo = 0;
        double hi = 0;
        for (Point p : points) {
            lo = Math.min(lo, p.value().doubleValue());
            hi = Math.max(hi, p.value().doubleValue());
        }
        boolean flat = hi == lo;
        Scale scale = new Scale(lo, flat ? lo + 1 : hi, points.size());
        String description = describe(title, points, locale);

        StringBuilder svg = new StringBuilder(1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(escape(description)).append("\">");
        svg.append("<title>").append(escape(description)).append("</title>");

        svg.append("<g class=\"series-chart-axis\" stroke=\"#999\" stroke-width=\"1\">");
        line(svg, LEFT, TOP, LEFT, HEIGHT - BOTTOM);
        line(svg, LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM);
        svg.append("</g>");
        svg.append("<g class=\"series-chart-values\" text-anchor=\"end\" font-size=\"12\">");
        axisValue(svg, scale.y(lo), Formats.number(BigDecimal.valueOf(lo), locale));
        if (!flat) {
            svg.append("<line class=\"series-chart-grid\" stroke=\"#ddd\" stroke-dasharray=\"3 3\" x1=\"").append(n(LEFT))
                    .append("\" y1=\"").append(n(scale.y(hi))).append("\" x2=\"").append(n(WIDTH - RIGHT))
                    .append("\" y2=\"").append(n(scale.y(hi))).append("\"/>");
            axisValue(svg, scale.y(hi), Formats.number(maxValue(points), locale));
        }
        svg.append("</g>");

        if (points.size() > 1) {
            svg.append("<polyline class=\"series-chart-line\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" points=\"");
            for (int i = 0; i < points.size(); i++) {
                svg.append(i == 0 ? "" : " ").append(n(scale.x(i))).append(',')
                        .append(n(scale.y(points.get(i).value().doubleValue())));
            }
            svg.append("\"/>");
        }
        svg.append("<g class=\"series-chart-dots\" fill=\"currentColor\">");
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            svg.append("<circle cx=\"").append(n(scale.x(i))).append("\" cy=\"").append(n(scale.y(p.value().doubleValue())))
                    .append("\" r=\"3.5\"><title>").append(escape(point(p, locale))).append("</title></circle>");
        }
        svg.append("</g>");

        svg.append("<g class=\"series-chart-labels\" text-anchor=\"middle\" font-size=\"12\">");
        int every = (points.size() + MAX_LABELS - 1) / MAX_LABELS;
        for (int i = 0; i < points.size(); i++) {
            // Counted back from the last point, so that the latest period always has its label.
            if ((points.size() - 1 - i) % every == 0) {
                svg.append("<text x=\"").append(n(scale.x(i))).append("\" y=\"").append(n(HEIGHT - BOTTOM + 18))
                        .append("\">").append(escape(points.get(i).label())).append("</text>");
            }
        }
        svg.append("</g></svg>");
        return svg.toString();
    }

    /** Where points go: evenly spread across, and from {@code lo} at the axis up to {@code hi} at the top. */
    private record Scale(double lo, double hi, int count) {

        double x(int i) {
            double width = WIDTH - LEFT - RIGHT;
            return count == 1 ? LEFT + width / 2 : LEFT + width * i / (count - 1);
        }

        double y(double value) {
            double height = HEIGHT - TOP - BOTTOM;
            return TOP + height * (hi - value) / (hi - lo);
        }
    }

    private static BigDecimal maxValue(List<Point> points) {
        return points.stream().map(Point::value).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }

    private static String describe(String title, List<Point> points, Locale locale) {
        if (points.isEmpty()) {
            return title;
        }
        return title + ": " + points.stream().map(p -> point(p, locale)).collect(Collectors.joining("; "));
    }

    private static String point(Point p, Locale locale) {
        return p.label() + " — " + Formats.number(p.value(), locale);
    }

    private static void line(StringBuilder svg, double x1, double y1, double x2, double y2) {
        svg.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\"/>");
    }

    private static void axisValue(StringBuilder svg, double y, String text) {
        svg.append("<text x=\"").append(n(LEFT - 6)).append("\" y=\"").append(n(y + 4)).append("\">").append(escape(text))
                .append("</text>");
    }

    /** A coordinate, always with a decimal point whatever the user's language. */
    private static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** Text and attribute values as XML needs them. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
