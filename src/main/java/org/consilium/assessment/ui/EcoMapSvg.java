package org.consilium.assessment.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consilium.assessment.SocialMapSheet;
import org.consilium.assessment.SocialMapStrength;

/**
 * The family's social map drawn as an eco-map, on the server, as one SVG document: the family in a
 * central circle with its members (children as rounded squares, adults as circles, a dashed outline for
 * those living apart) and the relations between them; the support network in circles around it, each
 * joined to the family or to one member by a line that shows the connection's strength; and a legend in
 * the reader's language. No script, no external font or image, and every text escaped, so that the same
 * document is shown on the page and saved or printed as a file (A4 landscape). Styles differ by width
 * and dashes as well as by colour, so that the map reads in black and white and without colour vision.
 * The page shows the same data as tables too. Decision 0028.
 */
final class EcoMapSvg {

    /** The texts of the map in the reader's language: message keys with arguments. */
    @FunctionalInterface
    interface Words {
        String text(String key, Object... arguments);
    }

    /** A4 landscape, four units a millimetre. */
    static final int WIDTH = 1188;
    static final int HEIGHT = 840;
    static final double CX = 440;
    static final double CY = 465;
    static final double FAMILY_R = 190;
    /** Members sit on an ellipse inside the family's circle, wider than high, to leave room for their names. */
    static final double MEMBERS_RX = 128;
    static final double MEMBERS_RY = 100;
    static final double MEMBER_R = 20;
    /** The network's circles sit on a ring around the family. */
    static final double NETWORK_R = 312;
    static final int LEGEND_X = 870;
    static final int NAME_CHARS = 18;

    private EcoMapSvg() {
    }

    /** Where a member is drawn. */
    record Node(SocialMapSheet.Member member, double x, double y) {
    }

    /** The map of {@code map}, titled {@code title}, with its legend in the words of {@code words}. */
    static String render(SocialMapSheet map, String title, Words words) {
        StringBuilder svg = new StringBuilder(8192);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"100%\" role=\"img\" aria-label=\"").append(EcoMapLines.escape(title))
                .append("\" font-family=\"Arial, Helvetica, sans-serif\" font-size=\"13\" fill=\"#222\">");
        svg.append("<title>").append(EcoMapLines.escape(title)).append("</title>");
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" fill=\"#ffffff\"/>");
        svg.append("<text x=\"30\" y=\"44\" font-size=\"22\" font-weight=\"bold\">").append(EcoMapLines.escape(title))
                .append("</text>");

        Map<Long, Node> nodes = placeMembers(map.members());
        svg.append("<g class=\"eco-map-family\"><circle cx=\"").append(n(CX)).append("\" cy=\"").append(n(CY))
                .append("\" r=\"").append(n(FAMILY_R)).append("\" fill=\"#f4f6f8\" stroke=\"#333333\" stroke-width=\"2.5\"/>");
        svg.append("<text x=\"").append(n(CX)).append("\" y=\"").append(n(CY - FAMILY_R + 24))
                .append("\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"bold\">")
                .append(EcoMapLines.escape(words.text("socialMap.svg.family", map.familyName()))).append("</text></g>");

        network(svg, map, nodes, words);

        svg.append("<g class=\"eco-map-relations\" fill=\"none\">");
        for (SocialMapSheet.Tie t : map.relations()) {
            Node a = nodes.get(t.firstId());
            Node b = nodes.get(t.secondId());
            if (a == null || b == null) {
                continue;
            }
            double[] ends = EcoMapLines.shorten(a.x(), a.y(), b.x(), b.y(), MEMBER_R + 4, MEMBER_R + 4);
            EcoMapLines.relation(svg, t.kind(), ends, t.firstName() + " — " + t.secondName() + ": "
                    + words.text(t.kind().messageKey()) + (t.note() == null ? "" : " (" + t.note() + ")"));
        }
        svg.append("</g>");

        members(svg, map, nodes, words);
        EcoMapLegend.draw(svg, LEGEND_X, 84, words);
        svg.append("</svg>");
        return svg.toString();
    }

    /**
     * Adults along the upper half of the ellipse, children along the lower half; all around it when the
     * family has only one of the two; one member alone in the middle.
     */
    static Map<Long, Node> placeMembers(List<SocialMapSheet.Member> members) {
        Map<Long, Node> at = new HashMap<>();
        if (members.size() == 1) {
            at.put(members.get(0).id(), new Node(members.get(0), CX, CY));
            return at;
        }
        List<SocialMapSheet.Member> adults = members.stream().filter(m -> !m.child()).toList();
        List<SocialMapSheet.Member> children = members.stream().filter(SocialMapSheet.Member::child).toList();
        if (adults.isEmpty() || children.isEmpty()) {
            spread(at, members, -90, 270);
        } else {
            spread(at, adults, 180, 360);
            spread(at, children, 180, 0);
        }
        return at;
    }

    /** Places members evenly from angle {@code from} towards {@code to} (degrees; 0 is to the right, 90 down). */
    private static void spread(Map<Long, Node> at, List<SocialMapSheet.Member> members, double from, double to) {
        boolean fullCircle = Math.abs(to - from) >= 360;
        for (int i = 0; i < members.size(); i++) {
            double share = fullCircle ? (double) i / members.size() : (i + 0.5) / members.size();
            double angle = Math.toRadians(from + (to - from) * share);
            SocialMapSheet.Member m = members.get(i);
            at.put(m.id(), new Node(m, CX + MEMBERS_RX * Math.cos(angle), CY + MEMBERS_RY * Math.sin(angle)));
        }
    }

    private static void members(StringBuilder svg, SocialMapSheet map, Map<Long, Node> nodes, Words words) {
        svg.append("<g class=\"eco-map-members\">");
        if (map.members().isEmpty()) {
            svg.append("<text x=\"").append(n(CX)).append("\" y=\"").append(n(CY + 5))
                    .append("\" text-anchor=\"middle\" font-style=\"italic\" fill=\"#555555\">")
                    .append(EcoMapLines.escape(words.text("socialMap.svg.noMembers"))).append("</text>");
        }
        for (SocialMapSheet.Member m : map.members()) {
            Node node = nodes.get(m.id());
            String role = words.text(m.role().messageKey());
            String roleAge = m.age() == null ? role : words.text("socialMap.svg.roleAge", role, m.age());
            String full = m.name() + " — " + roleAge + (m.livesApart() ? " (" + words.text("socialMap.legend.livesApart") + ")" : "");
            svg.append("<g><title>").append(EcoMapLines.escape(full)).append("</title>");
            EcoMapLines.memberShape(svg, node.x(), node.y(), MEMBER_R, m.child(), m.livesApart());
            svg.append("<text x=\"").append(n(node.x())).append("\" y=\"").append(n(node.y() + 5))
                    .append("\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"bold\">")
                    .append(EcoMapLines.escape(EcoMapLines.initial(m.name()))).append("</text>");
            // Members in the upper half are named above themselves, the others below: lines between them stay clear.
            boolean above = node.y() < CY - 1;
            double nameY = above ? node.y() - MEMBER_R - 20 : node.y() + MEMBER_R + 15;
            svg.append("<text x=\"").append(n(node.x())).append("\" y=\"").append(n(nameY))
                    .append("\" text-anchor=\"middle\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">")
                    .append(EcoMapLines.escape(EcoMapLines.shortened(m.name(), NAME_CHARS))).append("</text>");
            svg.append("<text x=\"").append(n(node.x())).append("\" y=\"").append(n(nameY + 14))
                    .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#444444\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">")
                    .append(EcoMapLines.escape(EcoMapLines.shortened(roleAge, NAME_CHARS + 4))).append("</text></g>");
        }
        svg.append("</g>");
    }

    /** The network's circles on a ring around the family and the lines joining them to it. */
    private static void network(StringBuilder svg, SocialMapSheet map, Map<Long, Node> nodes, Words words) {
        List<SocialMapSheet.Contact> contacts = map.contacts();
        if (contacts.isEmpty()) {
            return;
        }
        double radius = contacts.size() <= 14 ? 48 : contacts.size() <= 20 ? 38 : 30;
        int chars = radius >= 48 ? 13 : radius >= 38 ? 10 : 8;
        int[] slots = slots(contacts, nodes);
        StringBuilder lines = new StringBuilder();
        StringBuilder circles = new StringBuilder();
        for (int i = 0; i < contacts.size(); i++) {
            SocialMapSheet.Contact c = contacts.get(i);
            double angle = slotAngle(slots[i], contacts.size());
            double x = CX + NETWORK_R * Math.cos(angle);
            double y = CY + NETWORK_R * Math.sin(angle);
            Node to = c.memberId() == null ? null : nodes.get(c.memberId());
            double[] ends = to == null
                    ? EcoMapLines.shorten(x, y, CX, CY, radius + 2, FAMILY_R)
                    : EcoMapLines.shorten(x, y, to.x(), to.y(), radius + 2, MEMBER_R + 4);
            String whom = to == null ? words.text("socialMap.contact.wholeFamily") : c.memberName();
            EcoMapLines.connection(lines, c.strength(), ends, c.name() + " — " + whom + ": "
                    + words.text(c.strength().messageKey()) + (c.note() == null ? "" : " (" + c.note() + ")"));
            contactCircle(circles, c, x, y, radius, chars, words);
        }
        svg.append("<g class=\"eco-map-connections\" fill=\"none\">").append(lines).append("</g>");
        svg.append("<g class=\"eco-map-network\">").append(circles).append("</g>");
    }

    private static void contactCircle(StringBuilder svg, SocialMapSheet.Contact c, double x, double y, double radius,
                                      int chars, Words words) {
        String kind = words.text(c.kind().messageKey());
        svg.append("<g><title>").append(EcoMapLines.escape(c.name() + " — " + kind)).append("</title>");
        svg.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"").append(n(radius))
                .append("\" fill=\"#ffffff\" stroke=\"").append(c.strength() == SocialMapStrength.STRESSFUL ? "#b2182b" : "#555555")
                .append("\" stroke-width=\"1.5\"/>");
        List<String> name = EcoMapLines.wrap(c.name(), chars, 2);
        double top = y - 6 - 7 * (name.size() - 1);
        for (int i = 0; i < name.size(); i++) {
            svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(top + 14 * i))
                    .append("\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"bold\">")
                    .append(EcoMapLines.escape(name.get(i))).append("</text>");
        }
        svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(top + 14 * name.size() + 2))
                .append("\" text-anchor=\"middle\" font-size=\"10\" font-style=\"italic\" fill=\"#444444\">")
                .append(EcoMapLines.escape(EcoMapLines.shortened(kind, chars + 4))).append("</text></g>");
    }

    /**
     * Which place on the ring each entry takes: an entry joined to one member takes the free place
     * nearest to that member, so that its line does not cross the family; the others fill the rest in order.
     */
    static int[] slots(List<SocialMapSheet.Contact> contacts, Map<Long, Node> nodes) {
        int count = contacts.size();
        int[] slot = new int[count];
        boolean[] taken = new boolean[count];
        List<Integer> rest = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Node to = contacts.get(i).memberId() == null ? null : nodes.get(contacts.get(i).memberId());
            if (to == null || (to.x() == CX && to.y() == CY)) {
                rest.add(i);
                continue;
            }
            double wanted = Math.atan2(to.y() - CY, to.x() - CX);
            int best = -1;
            for (int s = 0; s < count; s++) {
                if (!taken[s] && (best < 0 || distance(slotAngle(s, count), wanted) < distance(slotAngle(best, count), wanted))) {
                    best = s;
                }
            }
            slot[i] = best;
            taken[best] = true;
        }
        int next = 0;
        for (int i : rest) {
            while (taken[next]) {
                next++;
            }
            slot[i] = next;
            taken[next] = true;
        }
        return slot;
    }

    /**
     * The angle of place {@code s} of {@code count} on the ring, clockwise from half a place right of the
     * top, so that no line runs down through the family's name.
     */
    private static double slotAngle(int s, int count) {
        return Math.toRadians(-90 + 360.0 * (s + 0.5) / count);
    }

    private static double distance(double a, double b) {
        double d = Math.abs(a - b) % (2 * Math.PI);
        return d > Math.PI ? 2 * Math.PI - d : d;
    }

    private static String n(double v) {
        return EcoMapLines.n(v);
    }
}
