package org.consilium.assessment.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.consilium.assessment.SocialMapRelationKind;
import org.consilium.assessment.SocialMapStrength;

/**
 * How the eco-map draws ({@link EcoMapSvg}, {@link EcoMapLegend}): the line of each relation and each
 * strength of connection, the members' shapes, and the text as XML needs it. The map and its legend
 * draw with the same methods, so that the legend always shows what the map shows. Each kind of line
 * differs from the others by width, dashes, a double line, a zig-zag or cross marks, not only by colour.
 */
final class EcoMapLines {

    static final String CLOSE_COLOUR = "#1b7837";
    static final String DISTANT_COLOUR = "#666666";
    static final String CONFLICT_COLOUR = "#d95f02";
    static final String VIOLENCE_COLOUR = "#8e0152";
    static final String SUPPORT_COLOUR = "#2c5d8a";
    static final String STRESS_COLOUR = "#b2182b";

    private EcoMapLines() {
    }

    /** A relation between two members: {@code ends} is x1, y1, x2, y2; {@code label} (may be null) its tooltip. */
    static void relation(StringBuilder svg, SocialMapRelationKind kind, double[] ends, String label) {
        open(svg, "eco-map-relation-" + kind.name().toLowerCase(Locale.ROOT), label);
        switch (kind) {
            case CLOSE -> {
                double[] off = normal(ends, 3.5);
                line(svg, ends[0] + off[0], ends[1] + off[1], ends[2] + off[0], ends[3] + off[1], CLOSE_COLOUR, 2.5, null);
                line(svg, ends[0] - off[0], ends[1] - off[1], ends[2] - off[0], ends[3] - off[1], CLOSE_COLOUR, 2.5, null);
            }
            case DISTANT -> line(svg, ends[0], ends[1], ends[2], ends[3], DISTANT_COLOUR, 2.5, "2 7");
            case CONFLICT -> zigzag(svg, ends, 6, 14, CONFLICT_COLOUR, 2);
            case VIOLENCE -> {
                line(svg, ends[0], ends[1], ends[2], ends[3], VIOLENCE_COLOUR, 1.5, null);
                zigzag(svg, ends, 8, 12, VIOLENCE_COLOUR, 3.5);
            }
        }
        svg.append("</g>");
    }

    /** A connection with the network, by its strength: {@code ends} is x1, y1, x2, y2; {@code label} may be null. */
    static void connection(StringBuilder svg, SocialMapStrength strength, double[] ends, String label) {
        open(svg, "eco-map-strength-" + strength.name().toLowerCase(Locale.ROOT), label);
        switch (strength) {
            case STRONG -> line(svg, ends[0], ends[1], ends[2], ends[3], SUPPORT_COLOUR, 6, null);
            case MODERATE -> line(svg, ends[0], ends[1], ends[2], ends[3], SUPPORT_COLOUR, 3, null);
            case WEAK -> line(svg, ends[0], ends[1], ends[2], ends[3], SUPPORT_COLOUR, 2, "10 7");
            case STRESSFUL -> {
                line(svg, ends[0], ends[1], ends[2], ends[3], STRESS_COLOUR, 2, null);
                hatch(svg, ends, STRESS_COLOUR);
            }
        }
        svg.append("</g>");
    }

    /** A member: a circle for an adult, a rounded square for a child; a dashed outline for one living apart. */
    static void memberShape(StringBuilder svg, double x, double y, double r, boolean child, boolean livesApart) {
        String outline = "\" fill=\"#ffffff\" stroke=\"#222222\" stroke-width=\"2\""
                + (livesApart ? " stroke-dasharray=\"5 4\"" : "") + "/>";
        if (child) {
            double side = r * 1.7;
            svg.append("<rect class=\"eco-map-child\" x=\"").append(n(x - side / 2)).append("\" y=\"").append(n(y - side / 2))
                    .append("\" width=\"").append(n(side)).append("\" height=\"").append(n(side)).append("\" rx=\"6").append(outline);
        } else {
            svg.append("<circle class=\"eco-map-adult\" cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"")
                    .append(n(r)).append(outline);
        }
    }

    private static void open(StringBuilder svg, String className, String label) {
        svg.append("<g class=\"").append(className).append("\">");
        if (label != null) {
            svg.append("<title>").append(escape(label)).append("</title>");
        }
    }

    private static void line(StringBuilder svg, double x1, double y1, double x2, double y2, String colour, double width,
                             String dashes) {
        svg.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(colour).append("\" stroke-width=\"")
                .append(n(width)).append('"');
        if (dashes != null) {
            svg.append(" stroke-dasharray=\"").append(dashes).append("\" stroke-linecap=\"round\"");
        }
        svg.append("/>");
    }

    /** A zig-zag from one end to the other, {@code amplitude} to each side, one turn every {@code step}. */
    private static void zigzag(StringBuilder svg, double[] ends, double amplitude, double step, String colour, double width) {
        double length = Math.hypot(ends[2] - ends[0], ends[3] - ends[1]);
        int turns = Math.max(2, (int) Math.round(length / step));
        double[] off = normal(ends, amplitude);
        svg.append("<polyline points=\"");
        for (int i = 0; i <= turns; i++) {
            double t = (double) i / turns;
            double side = i == 0 || i == turns ? 0 : i % 2 == 1 ? 1 : -1;
            svg.append(i == 0 ? "" : " ").append(n(ends[0] + (ends[2] - ends[0]) * t + off[0] * side)).append(',')
                    .append(n(ends[1] + (ends[3] - ends[1]) * t + off[1] * side));
        }
        svg.append("\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"").append(n(width))
                .append("\" stroke-linejoin=\"round\"/>");
    }

    /** Slanted cross marks along the line, every 14 units: the mark of a stressful connection. */
    private static void hatch(StringBuilder svg, double[] ends, String colour) {
        double length = Math.hypot(ends[2] - ends[0], ends[3] - ends[1]);
        if (length == 0) {
            return;
        }
        double ux = (ends[2] - ends[0]) / length;
        double uy = (ends[3] - ends[1]) / length;
        double[] off = normal(ends, 7);
        svg.append("<path d=\"");
        for (double s = 7; s < length - 3; s += 14) {
            double x = ends[0] + ux * s;
            double y = ends[1] + uy * s;
            svg.append("M").append(n(x + off[0] - ux * 4)).append(',').append(n(y + off[1] - uy * 4)).append("L")
                    .append(n(x - off[0] + ux * 4)).append(',').append(n(y - off[1] + uy * 4));
        }
        svg.append("\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\"/>");
    }

    /** The line from one point towards another, cut back by {@code cutStart} and {@code cutEnd} at its ends. */
    static double[] shorten(double x1, double y1, double x2, double y2, double cutStart, double cutEnd) {
        double length = Math.hypot(x2 - x1, y2 - y1);
        if (length <= cutStart + cutEnd) {
            return new double[] {x1, y1, x2, y2};
        }
        double ux = (x2 - x1) / length;
        double uy = (y2 - y1) / length;
        return new double[] {x1 + ux * cutStart, y1 + uy * cutStart, x2 - ux * cutEnd, y2 - uy * cutEnd};
    }

    /** A vector of {@code size} at a right angle to the line. */
    private static double[] normal(double[] ends, double size) {
        double length = Math.hypot(ends[2] - ends[0], ends[3] - ends[1]);
        if (length == 0) {
            return new double[] {0, size};
        }
        return new double[] {-(ends[3] - ends[1]) / length * size, (ends[2] - ends[0]) / length * size};
    }

    /** The first letter or digit of a name, as a capital; empty if it has none. */
    static String initial(String name) {
        if (name == null) {
            return "";
        }
        return name.codePoints().filter(Character::isLetterOrDigit).limit(1)
                .map(Character::toUpperCase).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    /** The text cut to {@code max} characters with "…" when longer (never within a character). */
    static String shortened(String text, int max) {
        if (text == null) {
            return "";
        }
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.codePointCount(0, t.length()) <= max) {
            return t;
        }
        return t.substring(0, t.offsetByCodePoints(0, max - 1)).strip() + "…";
    }

    /** The text in lines of at most {@code width} characters, at most {@code lines} of them, the last cut with "…". */
    static List<String> wrap(String text, int width, int lines) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String t = text == null ? "" : text.strip();
        for (String word : t.split("\\s+")) {
            if (current.isEmpty()) {
                current.append(word);
            } else if (current.codePointCount(0, current.length()) + 1 + word.codePointCount(0, word.length()) <= width) {
                current.append(' ').append(word);
            } else {
                out.add(current.toString());
                current = new StringBuilder(word);
            }
        }
        out.add(current.toString());
        if (out.size() <= lines && out.stream().allMatch(l -> l.codePointCount(0, l.length()) <= width)) {
            return out;
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines - 1 && i < out.size(); i++) {
            kept.add(shortened(out.get(i), width));
        }
        kept.add(shortened(String.join(" ", out.subList(Math.min(lines - 1, out.size() - 1), out.size())), width));
        return kept;
    }

    /** A coordinate, always with a decimal point whatever the user's language. */
    static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /**
     * Text and attribute values as XML needs them: the five special characters escaped, line breaks and
     * tabs as spaces, and characters XML cannot carry at all (other control characters, lone surrogates)
     * left out.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> {
                    boolean allowed = c >= 0x20 && c != 0xFFFE && c != 0xFFFF
                            && !(c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
                    if (allowed) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
