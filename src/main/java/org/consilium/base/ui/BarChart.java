package org.consilium.base.ui;

import com.vaadin.flow.component.Svg;
import java.util.List;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A horizontal bar chart drawn on the server as SVG (decision 0001): one bar per row with its label on
 * the left and its number at its end, and, where a row has one, a mark at a limit (a caseload norm, a
 * response target). A bar past its limit is drawn as such and said so in its label, so that colour is
 * never the only sign. It is an image to the screen reader, described by its title and every bar; pages
 * show the numbers in a table beside it too. Styled by {@code styles/series-chart.css}.
 */
public class BarChart extends Svg {

    /** One bar: its label, its value and, if it has one, the limit it is measured against. */
    public record Bar(String label, double value, Double limit) {

        public boolean over() {
            return limit != null && value > limit;
        }
    }

    static final int WIDTH = 560;
    static final int LABEL = 190;
    static final int RIGHT = 130;
    static final int ROW = 26;
    static final int TOP = 8;

    /**
     * The chart of {@code bars}, described by {@code title}; {@code overWord} is added to the label of a bar
     * past its limit (e.g. "over the norm"), numbers are written in the locale's way.
     */
    public BarChart(String title, List<Bar> bars, String overWord, Locale locale) {
        super(svg(title, bars, overWord, locale));
        addClassName("bar-chart");
    }

    public static String svg(String title, List<Bar> bars, String overWord, Locale locale) {
        double max = 1;
        for (Bar b : bars) {
            max = Math.max(max, Math.max(b.value(), b.limit() == null ? 0 : b.limit()));
        }
        int height = TOP * 2 + Math.max(1, bars.size()) * ROW;
        String description = title + (bars.isEmpty() ? "" : ": " + bars.stream()
                .map(b -> label(b, overWord) + " — " + number(b.value(), locale)).collect(Collectors.joining("; ")));
        StringBuilder svg = new StringBuilder(1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"").append(SeriesChart.escape(description)).append("\">");
        svg.append("<title>").append(SeriesChart.escape(description)).append("</title>");
        double span = WIDTH - LABEL - RIGHT;
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double y = TOP + i * ROW;
            double w = span * b.value() / max;
            svg.append("<text class=\"bar-chart-label\" font-size=\"12\" text-anchor=\"end\" x=\"").append(n(LABEL - 8))
                    .append("\" y=\"").append(n(y + 16)).append("\">").append(SeriesChart.escape(shorten(b.label())))
                    .append("</text>");
            svg.append("<rect class=\"bar-chart-bar").append(b.over() ? " over" : "").append("\" x=\"").append(n(LABEL))
                    .append("\" y=\"").append(n(y + 4)).append("\" width=\"").append(n(Math.max(w, 1)))
                    .append("\" height=\"").append(ROW - 8).append("\"");
            if (b.over()) {
                // Past its limit the bar is hatched as well as coloured.
                svg.append(" stroke=\"currentColor\" stroke-dasharray=\"4 2\"");
            }
            svg.append("/>");
            svg.append("<text class=\"bar-chart-value\" font-size=\"12\" x=\"").append(n(LABEL + Math.max(w, 1) + 4))
                    .append("\" y=\"").append(n(y + 16)).append("\">")
                    .append(SeriesChart.escape(number(b.value(), locale) + (b.over() && overWord != null ? " — " + overWord : "")))
                    .append("</text>");
            if (b.limit() != null) {
                double x = LABEL + span * b.limit() / max;
                svg.append("<line class=\"bar-chart-limit\" stroke=\"#333\" stroke-width=\"2\" x1=\"").append(n(x))
                        .append("\" y1=\"").append(n(y + 1)).append("\" x2=\"").append(n(x)).append("\" y2=\"")
                        .append(n(y + ROW - 1)).append("\"/>");
            }
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static String label(Bar b, String overWord) {
        return b.over() && overWord != null ? b.label() + " (" + overWord + ")" : b.label();
    }

    private static String shorten(String s) {
        return s.length() > 26 ? s.substring(0, 25) + "…" : s;
    }

    private static String number(double v, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(1);
        return f.format(v);
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
