package org.consilium.assessment.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.consilium.assessment.Assessment;
import org.consilium.assessment.AssessmentSheet;
import org.consilium.assessment.SummaryDetails;
import org.consilium.base.ui.EditDialog;

/** The summary the family may read on its plan page; saving shares it, an empty text withdraws it. */
class SummaryForm extends EditDialog<SummaryDetails> {

    final TextArea summary = new TextArea();

    SummaryForm(AssessmentSheet sheet) {
        super(SummaryDetails.class, sheet.assessmentId(), sheet.version(), SummaryDetails.of(sheet),
                "assessment.summary.edit");
        setWidth("min(44rem, 95vw)");
        add(new Paragraph(getTranslation("assessment.summary.intro")));
        summary.setLabel(getTranslation("assessment.summary.label"));
        summary.setMaxLength(Assessment.LONG_TEXT_MAX);
        summary.setWidthFull();
        bindFields();
        add(summary);
        save.setText(getTranslation("assessment.summary.share"));
    }
}
