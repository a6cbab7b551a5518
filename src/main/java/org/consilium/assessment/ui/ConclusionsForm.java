package org.consilium.assessment.ui;

import com.vaadin.flow.component.textfield.TextArea;
import org.consilium.assessment.Assessment;
import org.consilium.assessment.AssessmentSheet;
import org.consilium.assessment.ConclusionsDetails;
import org.consilium.base.ui.EditDialog;

/** The in-depth part of an assessment: the social prognosis and the recommendations. */
class ConclusionsForm extends EditDialog<ConclusionsDetails> {

    final TextArea prognosis = new TextArea();
    final TextArea recommendations = new TextArea();

    ConclusionsForm(AssessmentSheet sheet) {
        super(ConclusionsDetails.class, sheet.assessmentId(), sheet.version(), ConclusionsDetails.of(sheet),
                "assessment.conclusions.edit");
        setWidth("min(44rem, 95vw)");
        prognosis.setLabel(getTranslation("assessment.field.prognosis"));
        prognosis.setHelperText(getTranslation("assessment.field.prognosis.help"));
        prognosis.setMaxLength(Assessment.LONG_TEXT_MAX);
        prognosis.setWidthFull();
        recommendations.setLabel(getTranslation("assessment.field.recommendations"));
        recommendations.setMaxLength(Assessment.LONG_TEXT_MAX);
        recommendations.setWidthFull();
        bindFields();
        add(prognosis, recommendations);
    }
}
