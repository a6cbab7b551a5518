package org.consilium.plan.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.time.LocalDate;
import org.consilium.base.ui.Dates;
import org.consilium.base.ui.EditDialog;
import org.consilium.plan.PeriodDetails;
import org.consilium.plan.PlanSheet;

/** The period of a plan: when starting one (six months from today to begin with), or of the draft. */
class PeriodForm extends EditDialog<PeriodDetails> {

    final DatePicker startsOn = new DatePicker();
    final DatePicker endsOn = new DatePicker();

    /** @param draft the draft whose period changes, or {@code null} to start a plan */
    PeriodForm(PlanSheet draft, LocalDate today) {
        super(PeriodDetails.class, draft == null ? null : draft.planId(), draft == null ? 0 : draft.version(),
                draft == null ? new PeriodDetails(today, today.plusMonths(6)) : new PeriodDetails(draft.startsOn(), draft.endsOn()),
                draft == null ? "plan.action.start" : "plan.action.period");
        Dates.labelled(startsOn, "plan.startsOn");
        Dates.labelled(endsOn, "plan.endsOn");
        bindFields();
        add(new FormLayout(startsOn, endsOn));
    }
}
