package org.consilium.assessment.ui;

import org.consilium.assessment.SocialMapRelationKind;
import org.consilium.assessment.SocialMapStrength;

/**
 * The eco-map's legend, in the reader's language: the members' shapes, each kind of relation and each
 * strength of connection, drawn with the same lines as the map ({@link EcoMapLines}).
 */
final class EcoMapLegend {

    private static final int ROW = 26;
    private static final int SAMPLE = 56;

    private EcoMapLegend() {
    }

    /** Draws the legend with its top left corner at {@code x}, {@code y}. */
    static void draw(StringBuilder svg, int x, int y, EcoMapSvg.Words words) {
        svg.append("<g class=\"eco-map-legend\">");
        svg.append("<rect x=\"").append(x - 14).append("\" y=\"").append(y - 30).append("\" width=\"")
                .append(EcoMapSvg.WIDTH - x - 2).append("\" height=\"").append(ROW * 16 + 26)
                .append("\" fill=\"#ffffff\" stroke=\"#bbbbbb\" stroke-width=\"1\" rx=\"6\"/>");
        text(svg, x, y - 4, words.text("socialMap.legend.title"), "16", true);
        int row = y + 22;

        text(svg, x, row, words.text("socialMap.legend.members"), "13", true);
        row += ROW;
        EcoMapLines.memberShape(svg, x + SAMPLE / 2.0, row - 5, 10, false, false);
        text(svg, x + SAMPLE + 12, row, words.text("socialMap.legend.adult"), "13", false);
        row += ROW;
        EcoMapLines.memberShape(svg, x + SAMPLE / 2.0, row - 5, 10, true, false);
        text(svg, x + SAMPLE + 12, row, words.text("socialMap.legend.child"), "13", false);
        row += ROW;
        EcoMapLines.memberShape(svg, x + SAMPLE / 2.0, row - 5, 10, false, true);
        text(svg, x + SAMPLE + 12, row, words.text("socialMap.legend.livesApart"), "13", false);
        row += ROW + 6;

        text(svg, x, row, words.text("socialMap.legend.relations"), "13", true);
        for (SocialMapRelationKind kind : SocialMapRelationKind.values()) {
            row += ROW;
            EcoMapLines.relation(svg, kind, new double[] {x, row - 5, x + SAMPLE, row - 5}, null);
            text(svg, x + SAMPLE + 12, row, words.text(kind.messageKey()), "13", false);
        }
        row += ROW + 6;

        text(svg, x, row, words.text("socialMap.legend.network"), "13", true);
        for (SocialMapStrength strength : SocialMapStrength.values()) {
            row += ROW;
            EcoMapLines.connection(svg, strength, new double[] {x, row - 5, x + SAMPLE, row - 5}, null);
            text(svg, x + SAMPLE + 12, row, words.text(strength.messageKey()), "13", false);
        }
        svg.append("</g>");
    }

    private static void text(StringBuilder svg, double x, double y, String text, String size, boolean bold) {
        svg.append("<text x=\"").append(EcoMapLines.n(x)).append("\" y=\"").append(EcoMapLines.n(y))
                .append("\" font-size=\"").append(size).append('"').append(bold ? " font-weight=\"bold\"" : "").append('>')
                .append(EcoMapLines.escape(EcoMapLines.shortened(text, 34))).append("</text>");
    }
}
