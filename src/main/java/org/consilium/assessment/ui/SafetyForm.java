package org.consilium.assessment.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.consilium.assessment.Assessment;
import org.consilium.assessment.AssessmentSheet;
import org.consilium.assessment.ChildSafety;
import org.consilium.assessment.SafetyDetails;
import org.consilium.base.ui.Dates;
import org.consilium.base.ui.EditDialog;

/** "Is the child safe now?" and, when not, the safety plan: who does what, by when, the emergency contacts. */
class SafetyForm extends EditDialog<SafetyDetails> {

    final RadioButtonGroup<ChildSafety> safety = new RadioButtonGroup<>();
    final TextArea reason = new TextArea();
    final TextArea actions = new TextArea();
    final DatePicker due = new DatePicker();
    final TextArea contacts = new TextArea();

    SafetyForm(AssessmentSheet sheet, LocalDate today) {
        super(SafetyDetails.class, sheet.assessmentId(), sheet.version(), SafetyDetails.of(sheet), "assessment.safety.title");
        setWidth("min(44rem, 95vw)");
        safety.setLabel(getTranslation("assessment.safety.question"));
        safety.setItems(ChildSafety.values());
        safety.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        safety.setRequiredIndicatorVisible(true);
        reason.setLabel(getTranslation("assessment.safety.reason"));
        reason.setMaxLength(Assessment.TEXT_MAX);
        actions.setLabel(getTranslation("assessment.safety.actions"));
        actions.setHelperText(getTranslation("assessment.safety.actions.help"));
        actions.setMaxLength(Assessment.TEXT_MAX);
        Dates.labelled(due, "assessment.safety.due");
        Dates.notBefore(due, today, getTranslation("assessment.safety.duePast"));
        contacts.setLabel(getTranslation("assessment.safety.contacts"));
        contacts.setHelperText(getTranslation("assessment.safety.contacts.help"));
        contacts.setMaxLength(Assessment.CONTACTS_MAX);
        bindFields();
        safety.addValueChangeListener(e -> showPlan(e.getValue()));
        showPlan(safety.getValue());

        FormLayout form = new FormLayout(safety, reason, actions, due, contacts);
        form.setColspan(safety, 2);
        form.setColspan(reason, 2);
        form.setColspan(actions, 2);
        form.setColspan(contacts, 2);
        add(form);
    }

    private void showPlan(ChildSafety answer) {
        boolean notSafe = answer == ChildSafety.NOT_SAFE;
        actions.setVisible(notSafe);
        due.setVisible(notSafe);
        contacts.setVisible(notSafe);
        actions.setRequiredIndicatorVisible(notSafe);
        due.setRequiredIndicatorVisible(notSafe);
        contacts.setRequiredIndicatorVisible(notSafe);
    }
}
