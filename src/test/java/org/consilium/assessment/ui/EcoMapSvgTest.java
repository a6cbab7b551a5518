package org.consilium.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.consilium.assessment.AssessmentKind;
import org.consilium.assessment.AssessmentStatus;
import org.consilium.assessment.SocialMapContactKind;
import org.consilium.assessment.SocialMapRelationKind;
import org.consilium.assessment.SocialMapRole;
import org.consilium.assessment.SocialMapSheet;
import org.consilium.assessment.SocialMapSheet.Contact;
import org.consilium.assessment.SocialMapSheet.Member;
import org.consilium.assessment.SocialMapSheet.Tie;
import org.consilium.assessment.SocialMapStrength;
import org.consilium.base.IcuMessageSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The eco-map is a well-formed SVG document whatever the names hold, draws each relation and each
 * strength of connection in its own style, tells children and members living apart by their shape,
 * and explains it all in a legend in the reader's language.
 */
class EcoMapSvgTest {

    private static final Member MOTHER = new Member(1, 0, "Марія", SocialMapRole.MOTHER, 37, false, false);
    private static final Member SON = new Member(2, 0, "Андрій", SocialMapRole.SON, 13, false, true);
    private static final Member ODD = new Member(3, 0, "<Ігор & Co>", SocialMapRole.OTHER_CHILD, 9, false, true);
    private static final Member FATHER = new Member(4, 0, "Петро \"Батько\" O'Neil", SocialMapRole.FATHER, null, true, false);

    private static SocialMapSheet sheet(List<Member> members, List<Tie> relations, List<Contact> contacts) {
        return new SocialMapSheet(7, "Коваленко", List.of(new SocialMapSheet.Version(11, 2, AssessmentKind.IN_DEPTH,
                AssessmentStatus.IN_PROGRESS)), 11L, 2, AssessmentKind.IN_DEPTH, AssessmentStatus.IN_PROGRESS,
                members, relations, contacts, true);
    }

    private static SocialMapSheet family() {
        return sheet(List.of(MOTHER, SON, ODD, FATHER),
                List.of(new Tie(21, 0, 1, "Марія", 2, "Андрій", SocialMapRelationKind.CLOSE, null),
                        new Tie(22, 0, 2, "Андрій", 3, "<Ігор & Co>", SocialMapRelationKind.DISTANT, "<b>рідко</b>"),
                        new Tie(23, 0, 1, "Марія", 4, "Петро", SocialMapRelationKind.CONFLICT, "аліменти"),
                        new Tie(24, 0, 4, "Петро", 2, "Андрій", SocialMapRelationKind.VIOLENCE, null)),
                List.of(new Contact(31, 0, "Бабуся Ганна", SocialMapContactKind.RELATIVE, SocialMapStrength.STRONG, null, null,
                                "Забирає дітей зі школи"),
                        new Contact(32, 0, "Школа № 12 & ліцей \"Дивосвіт\"", SocialMapContactKind.SCHOOL,
                                SocialMapStrength.MODERATE, 2L, "Андрій", null),
                        new Contact(33, 0, "Сусідка", SocialMapContactKind.NEIGHBOUR, SocialMapStrength.WEAK, null, null, null),
                        new Contact(34, 0, "Колектор\u0001 боргів <script>alert(1)</script>", SocialMapContactKind.COMMUNITY,
                                SocialMapStrength.STRESSFUL, 1L, "Марія", "дзвонить уночі")));
    }

    private static final IcuMessageSource MESSAGES = new IcuMessageSource();

    /** The texts of one language, from the portal's own bundle, formatted as the portal formats them. */
    private static EcoMapSvg.Words words(String bundle, Locale locale) {
        Properties p = load(bundle);
        return (key, arguments) -> {
            String text = p.getProperty(key);
            assertThat(text).as("key %s in %s", key, bundle).isNotNull();
            return arguments.length == 0 ? text : MESSAGES.format(text, arguments, locale);
        };
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = EcoMapSvgTest.class.getClassLoader().getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }

    private static final EcoMapSvg.Words UK = words("messages_uk.properties", Locale.forLanguageTag("uk"));

    /** Parses the map as XML, refusing any DOCTYPE: anything not escaped would fail here. */
    private static Element parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
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

    private static List<Element> groups(Element root, String className) {
        return all(root, "g").stream().filter(g -> g.getAttribute("class").equals(className)).toList();
    }

    private static Element group(Element root, String className) {
        List<Element> found = groups(root, className);
        assertThat(found).as(className).hasSize(1);
        return found.get(0);
    }

    private static List<String> texts(Element root) {
        return all(root, "text").stream().map(Element::getTextContent).toList();
    }

    @Test
    void the_map_is_a_well_formed_svg_document_of_a4_landscape_proportions_with_its_title() throws Exception {
        Element svg = parse(EcoMapSvg.render(family(), "Соціальна карта", UK));

        assertThat(svg.getLocalName()).isEqualTo("svg");
        assertThat(svg.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 1188 840");
        assertThat(svg.getAttribute("width")).isEqualTo("100%");
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-label")).isEqualTo("Соціальна карта");
        assertThat(all(svg, "title").get(0).getTextContent()).isEqualTo("Соціальна карта");
        assertThat(all(svg, "script")).isEmpty();
        assertThat(all(svg, "image")).isEmpty();
        assertThat(all(svg, "foreignObject")).isEmpty();
    }

    @Test
    void every_name_and_note_is_escaped_and_reads_back_as_typed() throws Exception {
        String raw = EcoMapSvg.render(family(), "Сім’я <Коваленко> & \"друзі\"", UK);
        Element svg = parse(raw);

        assertThat(raw).contains("&lt;Ігор &amp; Co&gt;").doesNotContain("<Ігор").doesNotContain("<script")
                .doesNotContain("<b>").doesNotContain("\u0001");
        assertThat(texts(svg)).contains("<Ігор & Co>", "Сім’я <Коваленко> & \"друзі\"");
        assertThat(all(svg, "title").stream().map(Element::getTextContent).toList())
                .anySatisfy(t -> assertThat(t).startsWith("<Ігор & Co> — Інша дитина, 9 років"))
                .anySatisfy(t -> assertThat(t).contains("Андрій — <Ігор & Co>: Віддалені (<b>рідко</b>)"))
                .anySatisfy(t -> assertThat(t).contains("Школа № 12 & ліцей \"Дивосвіт\" — Школа, садок"))
                .anySatisfy(t -> assertThat(t).startsWith("Петро \"Батько\" O'Neil"));
        assertThat(String.join(" ", texts(svg))).contains("Колектор боргів").doesNotContain("\u0001");
    }

    @Test
    void each_relation_and_each_strength_has_its_own_style_and_is_in_the_legend_too() throws Exception {
        Element svg = parse(EcoMapSvg.render(family(), "Карта", UK));
        Element legend = group(svg, "eco-map-legend");

        for (SocialMapRelationKind kind : SocialMapRelationKind.values()) {
            String className = "eco-map-relation-" + kind.name().toLowerCase(Locale.ROOT);
            assertThat(groups(svg, className)).as(className).hasSize(2);
            assertThat(groups(legend, className)).as(className + " in the legend").hasSize(1);
        }
        for (SocialMapStrength strength : SocialMapStrength.values()) {
            String className = "eco-map-strength-" + strength.name().toLowerCase(Locale.ROOT);
            assertThat(groups(svg, className)).as(className).hasSize(2);
            assertThat(groups(legend, className)).as(className + " in the legend").hasSize(1);
        }
        // Told apart without colour: a double line, dots, a zig-zag, a zig-zag over a line.
        Element close = groups(legend, "eco-map-relation-close").get(0);
        assertThat(all(close, "line")).hasSize(2);
        assertThat(all(groups(legend, "eco-map-relation-distant").get(0), "line").get(0).getAttribute("stroke-dasharray"))
                .isEqualTo("2 7");
        assertThat(all(groups(legend, "eco-map-relation-conflict").get(0), "polyline")).hasSize(1);
        Element violence = groups(legend, "eco-map-relation-violence").get(0);
        assertThat(all(violence, "polyline")).hasSize(1);
        assertThat(all(violence, "line")).hasSize(1);
        assertThat(Double.parseDouble(all(violence, "polyline").get(0).getAttribute("stroke-width")))
                .isGreaterThan(Double.parseDouble(all(groups(legend, "eco-map-relation-conflict").get(0), "polyline").get(0)
                        .getAttribute("stroke-width")));
        // Strong thick, moderate thinner, weak dashed, stressful with cross marks.
        double strong = width(groups(legend, "eco-map-strength-strong").get(0));
        double moderate = width(groups(legend, "eco-map-strength-moderate").get(0));
        assertThat(strong).isGreaterThan(moderate);
        assertThat(all(groups(legend, "eco-map-strength-strong").get(0), "line").get(0).hasAttribute("stroke-dasharray")).isFalse();
        assertThat(all(groups(legend, "eco-map-strength-weak").get(0), "line").get(0).getAttribute("stroke-dasharray"))
                .isNotEmpty();
        assertThat(all(groups(legend, "eco-map-strength-stressful").get(0), "path").get(0).getAttribute("d"))
                .matches("(M[-0-9.]+,[-0-9.]+L[-0-9.]+,[-0-9.]+){2,}");
        // Each relation on the map carries who and how as its tooltip.
        assertThat(all(groups(svg, "eco-map-relation-violence").stream()
                .filter(g -> !legend.isSameNode(g.getParentNode())).findFirst().orElseThrow(), "title").get(0).getTextContent())
                .isEqualTo("Петро — Андрій: Насильство");
    }

    private static double width(Element g) {
        return Double.parseDouble(all(g, "line").get(0).getAttribute("stroke-width"));
    }

    @Test
    void children_are_rounded_squares_adults_circles_and_a_member_living_apart_has_a_dashed_outline() throws Exception {
        Element members = group(parse(EcoMapSvg.render(family(), "Карта", UK)), "eco-map-members");

        List<Element> children = all(members, "rect");
        List<Element> adults = all(members, "circle");
        assertThat(children).hasSize(2).allSatisfy(r -> assertThat(r.getAttribute("class")).isEqualTo("eco-map-child"));
        assertThat(adults).hasSize(2).allSatisfy(c -> assertThat(c.getAttribute("class")).isEqualTo("eco-map-adult"));
        assertThat(adults).filteredOn(c -> c.hasAttribute("stroke-dasharray")).hasSize(1);
        assertThat(children).noneMatch(c -> c.hasAttribute("stroke-dasharray"));
        assertThat(texts(members)).contains("Марія", "Мати, 37 років", "Андрій", "Син, 13 років", "М", "А", "І", "Батько");
    }

    @Test
    void the_legend_is_in_the_readers_language() throws Exception {
        Element uk = group(parse(EcoMapSvg.render(family(), "Карта", UK)), "eco-map-legend");
        assertThat(texts(uk)).contains("Умовні позначення", "Дорослий", "Дитина (до 18 років)", "Живе окремо від сім’ї",
                "Стосунки в сім’ї", "Близькі", "Віддалені", "Конфлікт", "Насильство", "Зв’язки з оточенням", "Сильний",
                "Помірний", "Слабкий", "Стресовий");

        EcoMapSvg.Words en = words("messages.properties", Locale.ENGLISH);
        Element english = group(parse(EcoMapSvg.render(family(), "Map", en)), "eco-map-legend");
        assertThat(texts(english)).contains("Legend", "Adult", "Child (under 18)", "Close", "Distant", "Conflict", "Violence",
                "Strong", "Moderate", "Weak", "Stressful");
        Element ru = group(parse(EcoMapSvg.render(family(), "Карта", words("messages_ru.properties",
                Locale.forLanguageTag("ru")))), "eco-map-legend");
        assertThat(texts(ru)).contains("Условные обозначения", "Насилие", "Стрессовая");
    }

    @Test
    void a_map_with_nothing_on_it_is_still_a_valid_document_that_says_so() throws Exception {
        Element svg = parse(EcoMapSvg.render(sheet(List.of(), List.of(), List.of()), "Карта", UK));

        assertThat(texts(svg)).contains("На карті ще немає членів сім’ї", "Сім’я Коваленко");
        assertThat(groups(svg, "eco-map-network")).isEmpty();
    }

    @Test
    void an_entry_of_the_network_tied_to_a_member_is_placed_on_the_members_side_of_the_ring() {
        List<Member> members = List.of(MOTHER, SON);
        List<Contact> contacts = List.of(
                new Contact(1, 0, "А", SocialMapContactKind.FRIEND, SocialMapStrength.WEAK, null, null, null),
                new Contact(2, 0, "Б", SocialMapContactKind.FRIEND, SocialMapStrength.WEAK, null, null, null),
                new Contact(3, 0, "Школа", SocialMapContactKind.SCHOOL, SocialMapStrength.STRONG, SON.id(), SON.name(), null),
                new Contact(4, 0, "Г", SocialMapContactKind.FRIEND, SocialMapStrength.WEAK, null, null, null));
        Map<Long, EcoMapSvg.Node> nodes = EcoMapSvg.placeMembers(members);

        // Adults above the middle, children below it.
        assertThat(nodes.get(MOTHER.id()).y()).isLessThan(EcoMapSvg.CY);
        assertThat(nodes.get(SON.id()).y()).isGreaterThan(EcoMapSvg.CY);
        // Four places: top right, bottom right, bottom left, top left; the son is at the bottom, so is his school.
        int[] slots = EcoMapSvg.slots(contacts, nodes);
        assertThat(slots[2]).isIn(1, 2);
        assertThat(slots).containsExactlyInAnyOrder(0, 1, 2, 3);
    }

    @Test
    void long_names_are_cut_on_the_map_never_inside_a_character() {
        assertThat(EcoMapLines.shortened("Олександра-Вікторія Костянтинівна", 18)).hasSize(18).endsWith("…");
        assertThat(EcoMapLines.shortened("😀😀😀😀😀", 3)).isEqualTo("😀😀…");
        assertThat(EcoMapLines.wrap("Центр соціальних служб Шевченківського району", 13, 2))
                .hasSize(2).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(13));
        assertThat(EcoMapLines.wrap("Сусідка", 13, 2)).containsExactly("Сусідка");
        assertThat(EcoMapLines.initial("«Ганна»")).isEqualTo("Г");
    }

    @Test
    void every_label_the_map_and_its_forms_use_is_in_all_three_bundles() {
        List<String> keys = new ArrayList<>();
        Stream.of(SocialMapRole.values()).map(SocialMapRole::messageKey).forEach(keys::add);
        Stream.of(SocialMapRelationKind.values()).map(SocialMapRelationKind::messageKey).forEach(keys::add);
        Stream.of(SocialMapContactKind.values()).map(SocialMapContactKind::messageKey).forEach(keys::add);
        Stream.of(SocialMapStrength.values()).map(SocialMapStrength::messageKey).forEach(keys::add);
        Stream.of(AssessmentKind.values()).map(AssessmentKind::messageKey).forEach(keys::add);
        Stream.of(AssessmentStatus.values()).map(AssessmentStatus::messageKey).forEach(keys::add);
        for (String bundle : List.of("messages.properties", "messages_uk.properties", "messages_ru.properties")) {
            assertThat(load(bundle).stringPropertyNames()).as(bundle).containsAll(keys);
        }
    }
}
