package org.consilium.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Date fields in the user's locale whose own checks (an unreadable date, one out of range) speak the
 * portal's words: the picker refuses such a date before the binder or the service sees it, so its
 * message must be as clear as theirs. Its calendar speaks the user's language too: left alone, it
 * names the months and weekdays and offers "Today" and "Cancel" in English.
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

    /**
     * A calendar's words in a language: months, weekdays, "Today" and "Cancel" (from the bundles, through
     * the component it is shown for). The week starts on Monday in every language, as in the meeting
     * calendar.
     */
    public static DatePicker.DatePickerI18n calendar(Component shownFor, Locale locale) {
        // The picker lists weekdays from Sunday.
        List<DayOfWeek> fromSunday = Arrays.stream(DayOfWeek.values()).map(d -> d.plus(6)).toList();
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(m -> Formats.capitalised(m.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale)).toList())
                .setWeekdays(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdaysShort(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, locale)).toList())
                .setFirstDayOfWeek(1)
                .setToday(shownFor.getTranslation(locale, "datePicker.today"))
                .setCancel(shownFor.getTranslation(locale, "datePicker.cancel"));
    }

    /** The picker's texts so far, to add to; the picker sees a change only when they are set again. */
    private static DatePicker.DatePickerI18n i18n(DatePicker picker) {
        return picker.getI18n() == null ? calendar(picker, picker.getLocale()) : picker.getI18n();
    }
}
