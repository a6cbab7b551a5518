package org.consilium.casefile.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import org.consilium.base.ui.Dates;

/**
 * The date fields of the case page's dialogs, each with its own words for an unreadable date or one
 * out of range: the field refuses them before anything is saved.
 */
final class DateFields {

    private DateFields() {
    }

    /** The date by which a stage's work is due: today or later. */
    static DatePicker dueDate(DatePicker due, LocalDate today) {
        Dates.notBefore(Dates.labelled(due, "case.dueOn"), today, due.getTranslation("case.due.past"));
        due.setHelperText(due.getTranslation("case.dueOn.help"));
        return due;
    }

    /** A day of a family's consent (signed, valid until, withdrawn); the caller sets a limit if it has one. */
    static DatePicker consentDate(DatePicker d, String labelKey) {
        Dates.labelled(d, labelKey).setRequiredIndicatorVisible(true);
        // The caller's limit, if any, is today: a consent is not signed in the future.
        d.setI18n(d.getI18n().setMaxErrorMessage(d.getTranslation("sharing.consent.signedInFuture")));
        return d;
    }
}
