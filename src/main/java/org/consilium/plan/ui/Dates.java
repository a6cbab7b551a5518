package org.consilium.plan.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import org.consilium.base.ui.Formats;

/** Date pickers of the plan's forms, which refuse a date outside the plan in the service's own words. */
final class Dates {

    private Dates() {
    }

    static DatePicker picker(DatePicker picker, String labelKey) {
        picker.setLabel(picker.getTranslation(labelKey));
        picker.setLocale(picker.getLocale());
        return picker;
    }

    /** Not after the plan's end. */
    static void until(DatePicker picker, LocalDate planEnds) {
        picker.setMax(planEnds);
        picker.setI18n(i18n(picker).setMaxErrorMessage(
                picker.getTranslation("plan.date.afterEnd", Formats.date(planEnds, picker.getLocale()))));
    }

    /** Not before today. */
    static void fromToday(DatePicker picker, LocalDate today) {
        picker.setMin(today);
        picker.setI18n(i18n(picker).setMinErrorMessage(picker.getTranslation("case.due.past")));
    }

    /** Not after today. */
    static void untilToday(DatePicker picker, LocalDate today, String messageKey) {
        picker.setMax(today);
        picker.setI18n(i18n(picker).setMaxErrorMessage(picker.getTranslation(messageKey)));
    }

    private static DatePicker.DatePickerI18n i18n(DatePicker picker) {
        return picker.getI18n() == null ? new DatePicker.DatePickerI18n() : picker.getI18n();
    }
}
