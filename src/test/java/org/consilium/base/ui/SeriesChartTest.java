package org.consilium.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.consilium.base.ui.SeriesChart.Point;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SeriesChartTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final double AXIS_Y = SeriesChart.HEIGHT - SeriesChart.BOTTOM;

    /** Parses the chart as XML: anything not escaped would fail here. */
    private static Element parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        return doc.getDocumentElement();
    }

    private static List<Element> all(Element root, String tag) {
        NodeList nodes = root.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static List<Element> inGroup(Element root, String groupClass, String tag) {
        return all(root, "g").stream().filter(g -> g.getAttribute("class").equals(groupClass))
                .flatMap(g -> all(g, tag).stream()).toList();
    }

    private static double num(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    private static List<Point> points(int... values) {
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            out.add(new Point("P" + (i + 1), BigDecimal.valueOf(values[i])));
        }
        return out;
    }

    @Test
    void an_empty_series_is_an_image_with_its_title_an_axis_at_zero_and_no_line_or_dots() throws Exception {
        Element svg = parse(SeriesChart.svg("Days missed", List.of(), Locale.ENGLISH));

        assertThat(svg.getTagName()).isEqualTo("svg");
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-label")).isEqualTo("Days missed");
        assertThat(all(svg, "title").getFirst().getTextContent()).isEqualTo("Days missed");
        assertThat(all(svg, "polyline")).isEmpty();
        assertThat(all(svg, "circle")).isEmpty();
        assertThat(inGroup(svg, "series-chart-values", "text")).extracting(Element::getTextContent).containsExactly("0");
    }

    @Test
    void one_point_is_a_dot_in_the_middle_at_the_top_with_its_value_on_the_axis_and_in_the_description() throws Exception {
        Element svg = parse(SeriesChart.svg("Days missed", List.of(new Point("Mar 2026", new BigDecimal("4"))),
                Locale.ENGLISH));

        assertThat(all(svg, "polyline")).isEmpty();
        Element dot = all(svg, "circle").getFirst();
        double middle = SeriesChart.LEFT + (SeriesChart.WIDTH - SeriesChart.LEFT - SeriesChart.RIGHT) / 2.0;
        assertThat(num(dot, "cx")).isEqualTo(middle);
        assertThat(num(dot, "cy")).isEqualTo(SeriesChart.TOP);
        assertThat(inGroup(svg, "series-chart-values", "text")).extracting(Element::getTextContent)
                .containsExactly("0", "4");
        assertThat(inGroup(svg, "series-chart-labels", "text")).extracting(Element::getTextContent)
                .containsExactly("Mar 2026");
        assertThat(svg.getAttribute("aria-label")).isEqualTo("Days missed: Mar 2026 — 4");
    }

    @Test
    void values_are_placed_by_height_the_highest_at_the_top_zero_on_the_axis_and_left_to_right_in_order() throws Exception {
        Element svg = parse(SeriesChart.svg("Days missed", points(0, 5, 10, 5), Locale.ENGLISH));

        List<Element> dots = all(svg, "circle");
        assertThat(dots).hasSize(4);
        assertThat(num(dots.get(0), "cy")).isEqualTo(AXIS_Y);
        assertThat(num(dots.get(2), "cy")).isEqualTo(SeriesChart.TOP);
        assertThat(num(dots.get(1), "cy")).isEqualTo((SeriesChart.TOP + AXIS_Y) / 2);
        assertThat(num(dots.get(3), "cy")).isEqualTo(num(dots.get(1), "cy"));
        assertThat(num(dots.get(0), "cx")).isEqualTo(SeriesChart.LEFT);
        assertThat(num(dots.get(3), "cx")).isEqualTo(SeriesChart.WIDTH - SeriesChart.RIGHT);
        assertThat(num(dots.get(1), "cx")).isLessThan(num(dots.get(2), "cx"));
        // The line passes through the dots, in order.
        String[] line = all(svg, "polyline").getFirst().getAttribute("points").split(" ");
        assertThat(line).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(line[i]).isEqualTo(dots.get(i).getAttribute("cx") + "," + dots.get(i).getAttribute("cy"));
        }
        assertThat(inGroup(svg, "series-chart-values", "text")).extracting(Element::getTextContent)
                .containsExactly("0", "10");
    }

    @Test
    void many_points_keep_every_dot_but_label_only_some_periods_always_the_latest() throws Exception {
        int[] values = new int[30];
        for (int i = 0; i < values.length; i++) {
            values[i] = i % 7;
        }
        Element svg = parse(SeriesChart.svg("Days missed", points(values), Locale.ENGLISH));

        assertThat(all(svg, "circle")).hasSize(30);
        assertThat(all(svg, "polyline").getFirst().getAttribute("points").split(" ")).hasSize(30);
        List<String> labels = inGroup(svg, "series-chart-labels", "text").stream().map(Element::getTextContent).toList();
        assertThat(labels).hasSizeBetween(2, SeriesChart.MAX_LABELS).contains("P30").doesNotContain("P29");
        // Every point is still in the description a screen reader reads.
        assertThat(svg.getAttribute("aria-label")).contains("P1 — 0", "P29 — 0", "P30 — 1");
    }

    @Test
    void a_series_of_zeros_lies_on_the_axis_and_shows_no_other_value() throws Exception {
        Element svg = parse(SeriesChart.svg("Days missed", points(0, 0, 0), Locale.ENGLISH));

        assertThat(all(svg, "circle")).allSatisfy(dot -> assertThat(num(dot, "cy")).isEqualTo(AXIS_Y));
        assertThat(inGroup(svg, "series-chart-values", "text")).extracting(Element::getTextContent).containsExactly("0");
    }

    @Test
    void texts_are_escaped_and_read_back_as_written() throws Exception {
        String title = "Days <missed> & \"late\" 'too'";
        String label = "<script>alert(1)</script>";
        String raw = SeriesChart.svg(title, List.of(new Point(label, BigDecimal.ONE)), Locale.ENGLISH);

        assertThat(raw).doesNotContain("<script>", "<missed>");
        Element svg = parse(raw);
        assertThat(svg.getAttribute("aria-label")).isEqualTo(title + ": " + label + " — 1");
        assertThat(all(svg, "title").getFirst().getTextContent()).isEqualTo(title + ": " + label + " — 1");
        assertThat(inGroup(svg, "series-chart-labels", "text")).extracting(Element::getTextContent).containsExactly(label);
        assertThat(all(svg, "script")).isEmpty();
    }

    @Test
    void numbers_are_written_in_the_users_language_but_coordinates_always_with_a_point() throws Exception {
        String raw = SeriesChart.svg("Пропущено днів", List.of(new Point("Бер 2026", new BigDecimal("2.5")),
                new Point("Кві 2026", new BigDecimal("1250.75"))), UK);
        Element svg = parse(raw);

        assertThat(inGroup(svg, "series-chart-values", "text")).extracting(Element::getTextContent)
                .containsExactly("0", Formats.number(new BigDecimal("1250.75"), UK));
        assertThat(Formats.number(new BigDecimal("2.5"), UK)).isEqualTo("2,5");
        assertThat(svg.getAttribute("aria-label")).contains("Бер 2026 — 2,5");
        assertThat(all(svg, "circle")).allSatisfy(dot -> assertThat(dot.getAttribute("cy")).matches("\\d+\\.\\d"));
    }
}
