package org.consilium.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.stream.Collectors;
import org.consilium.assessment.AssessmentSheet;
import org.consilium.assessment.DomainRating;
import org.consilium.base.ui.Facts;
import org.consilium.base.ui.Formats;

/** One domain of an assessment as the page shows it, with a button to write it while in progress. */
class DomainCard extends Div {

    final Button edit = new Button();

    DomainCard(AssessmentSheet.Finding f, boolean writable, Runnable onEdit) {
        addClassName("assessment-domain");
        getElement().setAttribute("data-domain", f.domain().name());
        H4 title = new H4(getTranslation(f.domain().messageKey()));
        Span rating = new Span(getTranslation(DomainRating.messageKey(f.rating())));
        rating.getElement().getThemeList().add("badge" + (f.rating() == null ? " contrast" : f.rating() <= 2 ? " error" : ""));
        Div head = new Div(title, rating);
        head.addClassName("assessment-domain-head");
        add(head);
        if (!f.assessed()) {
            Paragraph empty = new Paragraph(getTranslation("assessment.domain.notYet"));
            empty.addClassName("assessment-empty");
            add(empty);
        } else {
            fact("assessment.field.observed", f.observed());
            fact("assessment.field.needs", f.needs());
            fact("assessment.field.strengths", f.strengths());
            fact("assessment.field.risks", f.risks());
            fact("assessment.field.sources", f.sources());
            if (!f.citedAnswers().isEmpty()) {
                add(Facts.fact(getTranslation("assessment.field.citedAnswers"), f.citedAnswers().stream()
                        .map(AssessmentSheet.Cited::label).collect(Collectors.joining("; "))));
            }
            add(Facts.fact(getTranslation("assessment.field.assessed"), getTranslation("assessment.domain.assessedBy",
                    Formats.date(f.assessedOn(), getLocale()), f.assessedBy())));
        }
        if (writable) {
            edit.setText(getTranslation(f.assessed() ? "assessment.domain.change" : "assessment.domain.write"));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            edit.getElement().setAttribute("aria-label", getTranslation("assessment.domain.writeNamed",
                    getTranslation(f.domain().messageKey())));
            edit.addClickListener(e -> onEdit.run());
            add(edit);
        }
    }

    /** A field of the finding, left out when nothing was written in it. */
    private void fact(String labelKey, String value) {
        if (value != null) {
            add(Facts.fact(getTranslation(labelKey), value));
        }
    }
}
