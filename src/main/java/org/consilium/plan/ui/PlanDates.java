package org.consilium.plan.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import org.consilium.base.ui.Dates;
import org.consilium.base.ui.Formats;

/** The plan's own limit on its forms' dates: nothing is due after the plan ends. */
final class PlanDates {

    private PlanDates() {
    }

    static DatePicker untilPlanEnds(DatePicker picker, LocalDate planEnds) {
        return Dates.notAfter(picker, planEnds,
                picker.getTranslation("plan.date.afterEnd", Formats.date(planEnds, picker.getLocale())));
    }
}
