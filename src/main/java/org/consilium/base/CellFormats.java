package org.consilium.base;

import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How an export writes dates and times in the user's language: the language's short numeric date
 * with the year in four digits (30.11.2026, 11/30/2026), and its short time. Spreadsheets read these
 * back as dates; a written-out month ("30 лист. 2026 р.") they keep as text. The same patterns become
 * the number formats of a workbook's date cells.
 *
 * @param datePattern a {@link DateTimeFormatter} pattern of the date
 * @param timePattern a {@link DateTimeFormatter} pattern of the time of day
 */
record CellFormats(String datePattern, String timePattern) {

    static CellFormats of(Locale locale) {
        String date = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale)
                .replaceAll("y+", "yyyy");
        // Newer locale data puts a narrow no-break space before AM/PM, which spreadsheets do not read.
        String time = DateTimeFormatterBuilder.getLocalizedDateTimePattern(null, FormatStyle.SHORT, IsoChronology.INSTANCE, locale)
                .replace('\u202F', ' ').replace('\u00A0', ' ');
        return new CellFormats(date, time);
    }

    DateTimeFormatter date() {
        return DateTimeFormatter.ofPattern(datePattern);
    }

    DateTimeFormatter dateTime() {
        return DateTimeFormatter.ofPattern(datePattern + " " + timePattern);
    }

    /** The date as a workbook's number format: day, month and year codes in lower case ("dd.mm.yyyy"). */
    String excelDate() {
        return datePattern.toLowerCase(Locale.ROOT);
    }

    /** The date and time as a workbook's number format ("dd.mm.yyyy hh:mm", "m/d/yyyy h:mm AM/PM"). */
    String excelDateTime() {
        String time = timePattern.replace("HH", "hh").replace("H", "h");
        if (time.contains("a")) {
            time = time.replace("a", "AM/PM");
        }
        return excelDate() + " " + time;
    }
}
