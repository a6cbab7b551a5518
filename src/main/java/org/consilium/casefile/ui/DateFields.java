package org.consilium.casefile.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;

/**
 * The date fields of the case page's dialogs, each with its own words for an unreadable date or one
 * out of range: the field refuses them before anything is saved.
 */
final class DateFields {

    private DateFields() {
    }

    /** The date by which a stage's work is due: today or later. */
    static DatePicker dueDate(DatePicker due, LocalDate today) {
        due.setLabel(due.getTranslation("case.dueOn"));
        due.setLocale(due.getLocale());
        due.setMin(today);
        due.setHelperText(due.getTranslation("case.dueOn.help"));
        due.setI18n(new DatePicker.DatePickerI18n()
                .setBadInputErrorMessage(due.getTranslation("validation.badDate"))
                .setMinErrorMessage(due.getTranslation("case.due.past"))
                .setRequiredErrorMessage(due.getTranslation("validation.required")));
        return due;
    }

    /** A day of a family's consent (signed, valid until, withdrawn); the caller sets a limit if it has one. */
    static DatePicker consentDate(DatePicker d, String labelKey) {
        d.setLabel(d.getTranslation(labelKey));
        d.setLocale(d.getLocale());
        d.setRequiredIndicatorVisible(true);
        d.setI18n(new DatePicker.DatePickerI18n().setBadInputErrorMessage(d.getTranslation("validation.badDate"))
                .setMaxErrorMessage(d.getTranslation("sharing.consent.signedInFuture")));
        return d;
    }
}
