package org.consilium.base.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates, times, periods and numbers written the way the user's language writes them. */
public final class Formats {

    private Formats() {
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    public static String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(ZoneId.systemDefault())
                .format(instant);
    }

    /** The time of day, e.g. for "a moment ago" notes. */
    public static String time(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneId.systemDefault()).format(instant);
    }

    /** A number with up to two decimals, grouped and with the decimal sign of the language. */
    public static String number(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(2);
        return f.format(value);
    }

    /**
     * A period of days: a whole calendar month by its name and year ("March 2026", "Березень 2026"),
     * one day as that date, otherwise "first day – last day".
     */
    public static String period(LocalDate start, LocalDate end, Locale locale) {
        if (start == null || end == null) {
            return date(start == null ? end : start, locale);
        }
        if (isWholeMonth(start, end)) {
            return capitalised(DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(start), locale);
        }
        if (start.equals(end)) {
            return date(start, locale);
        }
        return date(start, locale) + " – " + date(end, locale);
    }

    /** The same period in a few characters, for a chart's axis: "Mar 2026", or the first day's short date. */
    public static String shortPeriod(LocalDate start, LocalDate end, Locale locale) {
        if (start == null) {
            return "";
        }
        if (end != null && isWholeMonth(start, end)) {
            return capitalised(DateTimeFormatter.ofPattern("LLL yyyy", locale).format(start), locale);
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale).format(start);
    }

    private static boolean isWholeMonth(LocalDate start, LocalDate end) {
        return start.getDayOfMonth() == 1 && end.equals(YearMonth.from(start).atEndOfMonth());
    }

    static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
