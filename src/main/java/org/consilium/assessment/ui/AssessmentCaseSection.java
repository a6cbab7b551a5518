package org.consilium.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Optional;
import org.consilium.assessment.AssessmentSummaries;
import org.consilium.casefile.ui.CaseSection;
import org.springframework.core.annotation.Order;

/** The case page's assessment in brief, with the way to the assessment page; shown only to those who may read it. */
@org.springframework.stereotype.Component
@Order(5)
class AssessmentCaseSection implements CaseSection {

    private final AssessmentSummaries summaries;

    AssessmentCaseSection(AssessmentSummaries summaries) {
        this.summaries = summaries;
    }

    @Override
    public Component create(long caseId) {
        Div section = new Div();
        section.addClassName("case-assessment");
        Optional<AssessmentSummaries.Brief> brief = summaries.brief(caseId);
        section.add(new H3(section.getTranslation("assessment.section")));
        section.add(new Paragraph(brief.map(b -> section.getTranslation("assessment.section.state", b.number(),
                section.getTranslation(b.kind().messageKey()), section.getTranslation(b.status().messageKey()),
                b.assessed(), b.domains())).orElseGet(() -> section.getTranslation("assessment.section.none"))));
        Anchor open = new Anchor("assessment/" + caseId, section.getTranslation("assessment.section.open"));
        open.getElement().setAttribute("router-link", true);
        open.addComponentAsFirst(VaadinIcon.CLIPBOARD_TEXT.create());
        section.add(open);
        return section;
    }
}
