package org.consilium.casefile.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.consilium.base.ui.EditDialog;
import org.consilium.casefile.CaseSheet;
import org.consilium.casefile.CaseTransition;
import org.consilium.casefile.DueDateDetails;

/** Sets another due date for the current stage's work, with the reason, which the timeline keeps. */
class DueDateForm extends EditDialog<DueDateDetails> {

    final DatePicker dueOn = new DatePicker();
    final TextArea reason = new TextArea();

    DueDateForm(CaseSheet c, LocalDate today) {
        // An overdue date cannot be kept: the stage's usual time limit from today is offered instead.
        super(DueDateDetails.class, c.id(), c.version(),
                new DueDateDetails(c.dueOn() != null && !c.overdue() ? c.dueOn() : c.suggestedDueDate(c.stage())),
                "case.action.changeDue");
        DateFields.dueDate(dueOn, today).setRequiredIndicatorVisible(true);
        reason.setLabel(getTranslation("case.due.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(CaseTransition.COMMENT_MAX);
        reason.setWidthFull();
        bindFields();
        add(new FormLayout(dueOn, reason));
    }
}
