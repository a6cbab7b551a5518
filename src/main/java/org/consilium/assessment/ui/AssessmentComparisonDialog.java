package org.consilium.assessment.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.consilium.assessment.AssessmentComparison;
import org.consilium.assessment.AssessmentOverview;
import org.consilium.assessment.AssessmentService;
import org.consilium.assessment.ChildSafety;
import org.consilium.assessment.DomainRating;
import org.consilium.base.ui.ReadDialog;

/** Two versions of the case's assessment side by side, domain by domain, what changed marked. */
class AssessmentComparisonDialog extends ReadDialog {

    final Select<AssessmentOverview.Version> earlier = new Select<>();
    final Select<AssessmentOverview.Version> later = new Select<>();
    final Checkbox onlyChanges = new Checkbox();
    final Paragraph verdict = new Paragraph();
    final Div sections = new Div();

    private final AssessmentService service;
    private final long caseId;

    AssessmentComparisonDialog(AssessmentService service, long caseId, AssessmentOverview overview, long currentId) {
        super("assessment.compare.title");
        this.service = service;
        this.caseId = caseId;
        setWidth("min(72rem, 98vw)");
        List<AssessmentOverview.Version> all = overview.versions();
        int current = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).assessmentId() == currentId) {
                current = i;
            }
        }
        int other = current == 0 ? 1 : current - 1;
        for (Select<AssessmentOverview.Version> s : List.of(earlier, later)) {
            s.setItems(all);
            s.setItemLabelGenerator(v -> getTranslation("assessment.versionLabel", v.number(),
                    getTranslation(v.kind().messageKey()), getTranslation(v.status().messageKey())));
            s.addValueChangeListener(e -> compare());
        }
        earlier.setLabel(getTranslation("assessment.compare.earlier"));
        earlier.setWidth("18rem");
        later.setLabel(getTranslation("assessment.compare.later"));
        later.setWidth("18rem");
        onlyChanges.setLabel(getTranslation("assessment.compare.onlyChanges"));
        onlyChanges.setValue(true);
        onlyChanges.addValueChangeListener(e -> compare());
        sections.addClassName("assessment-comparison");
        HorizontalLayout pick = new HorizontalLayout(earlier, later, onlyChanges);
        pick.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(pick, verdict, sections);
        earlier.setValue(all.get(Math.min(current, other)));
        later.setValue(all.get(Math.max(current, other)));
    }

    private void compare() {
        sections.removeAll();
        if (earlier.getValue() == null || later.getValue() == null) {
            return;
        }
        AssessmentComparison c = service.compare(caseId, earlier.getValue().assessmentId(), later.getValue().assessmentId());
        verdict.setText(getTranslation("assessment.compare.verdict", c.earlier().number(), c.later().number(),
                c.changedDomains()));
        Div head = row(getTranslation("assessment.compare.field"),
                getTranslation("assessment.compare.version", c.earlier().number()),
                getTranslation("assessment.compare.version", c.later().number()));
        head.addClassName("assessment-comparison-head");
        sections.add(head);
        for (AssessmentComparison.Section s : c.sections()) {
            if (onlyChanges.getValue() && !s.changed()) {
                continue;
            }
            H4 title = new H4(getTranslation(s.domain() == null ? "assessment.compare.general" : s.domain().messageKey()));
            Span badge = new Span(getTranslation(s.changed() ? "assessment.compare.changed" : "assessment.compare.same"));
            badge.getElement().getThemeList().add("badge" + (s.changed() ? "" : " contrast"));
            Div section = new Div(title, badge);
            section.addClassName("assessment-comparison-section");
            for (AssessmentComparison.Line line : s.lines()) {
                if (onlyChanges.getValue() && !line.changed()) {
                    continue;
                }
                Div r = row(getTranslation("assessment.field." + line.field()), value(line.field(), line.before()),
                        value(line.field(), line.after()));
                if (line.changed()) {
                    r.addClassName("changed");
                }
                section.add(r);
            }
            sections.add(section);
        }
        if (sections.getComponentCount() == 1) {
            sections.add(new Paragraph(getTranslation("assessment.compare.none")));
        }
    }

    private String value(String field, String text) {
        if (text == null) {
            return "—";
        }
        return switch (field) {
            case "rating" -> getTranslation(DomainRating.messageKey(Integer.valueOf(text)));
            case "safety" -> getTranslation(ChildSafety.valueOf(text).messageKey());
            default -> text;
        };
    }

    private static Div row(String label, String before, String after) {
        Span l = new Span(label);
        l.addClassName("assessment-comparison-label");
        Div r = new Div(l, new Span(before), new Span(after));
        r.addClassName("assessment-comparison-row");
        return r;
    }
}
