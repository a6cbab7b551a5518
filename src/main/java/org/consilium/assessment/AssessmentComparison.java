package org.consilium.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Two versions of a case's assessment side by side: for each domain, every field with its text in the
 * earlier and the later version and whether it changed; then the child's safety and the in-depth part.
 * Ratings are compared as numbers, the rest as the text written.
 */
public record AssessmentComparison(AssessmentSheet earlier, AssessmentSheet later, List<Section> sections) {

    /** The fields compared, by the key of their label in the bundles. */
    public static final List<String> DOMAIN_FIELDS = List.of("observed", "needs", "strengths", "risks", "rating", "sources");

    /** One domain (or "general" for safety and conclusions), and its fields. */
    public record Section(Domain domain, List<Line> lines) {

        public boolean changed() {
            return lines.stream().anyMatch(Line::changed);
        }
    }

    /** One field: its label key, the earlier and the later value (a rating as its step number). */
    public record Line(String field, String before, String after) {

        public boolean changed() {
            return !Objects.equals(before, after);
        }
    }

    public static AssessmentComparison of(AssessmentSheet earlier, AssessmentSheet later) {
        List<Section> sections = new ArrayList<>();
        for (Domain d : Domain.values()) {
            AssessmentSheet.Finding a = earlier.finding(d);
            AssessmentSheet.Finding b = later.finding(d);
            sections.add(new Section(d, List.of(
                    new Line("observed", a.observed(), b.observed()),
                    new Line("needs", a.needs(), b.needs()),
                    new Line("strengths", a.strengths(), b.strengths()),
                    new Line("risks", a.risks(), b.risks()),
                    new Line("rating", text(a.rating()), text(b.rating())),
                    new Line("sources", a.sources(), b.sources()))));
        }
        sections.add(new Section(null, List.of(
                new Line("safety", earlier.safety() == null ? null : earlier.safety().name(),
                        later.safety() == null ? null : later.safety().name()),
                new Line("safetyActions", earlier.safetyActions(), later.safetyActions()),
                new Line("prognosis", earlier.prognosis(), later.prognosis()),
                new Line("recommendations", earlier.recommendations(), later.recommendations()))));
        return new AssessmentComparison(earlier, later, List.copyOf(sections));
    }

    private static String text(Integer rating) {
        return rating == null ? null : rating.toString();
    }

    /** How many domains changed between the two versions. */
    public long changedDomains() {
        return sections.stream().filter(s -> s.domain() != null && s.changed()).count();
    }
}
