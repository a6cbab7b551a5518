package org.consilium.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;

/**
 * Date fields in the user's locale whose own checks (an unreadable date, one out of range) speak the
 * portal's words: the picker refuses such a date before the binder or the service sees it, so its
 * message must be as clear as theirs.
 */
public final class Dates {

    private Dates() {
    }

    /** A labelled date field in the user's locale, with the portal's words for an unreadable date. */
    public static DatePicker labelled(DatePicker picker, String labelKey) {
        picker.setLabel(picker.getTranslation(labelKey));
        picker.setLocale(picker.getLocale());
        picker.setI18n(i18n(picker).setBadInputErrorMessage(picker.getTranslation("validation.badDate"))
                .setRequiredErrorMessage(picker.getTranslation("validation.required")));
        return picker;
    }

    /** Refuses a date before {@code min}, saying {@code message}. */
    public static DatePicker notBefore(DatePicker picker, LocalDate min, String message) {
        picker.setMin(min);
        picker.setI18n(i18n(picker).setMinErrorMessage(message));
        return picker;
    }

    /** Refuses a date after {@code max}, saying {@code message}. */
    public static DatePicker notAfter(DatePicker picker, LocalDate max, String message) {
        picker.setMax(max);
        picker.setI18n(i18n(picker).setMaxErrorMessage(message));
        return picker;
    }

    /** The picker's texts so far, to add to; the picker sees a change only when they are set again. */
    private static DatePicker.DatePickerI18n i18n(DatePicker picker) {
        return picker.getI18n() == null ? new DatePicker.DatePickerI18n() : picker.getI18n();
    }
}
