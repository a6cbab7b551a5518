package org.consilium.base;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The columns of an exported list, defined once and written as CSV or as a workbook by
 * {@link TableExports} (decision 0033): each has the message key of its header, which is translated
 * into the reader's language, and reads its value from a row. What kind of value a column holds
 * decides how it is written: text is neutralised in CSV, dates become date cells in a workbook.
 *
 * <pre>{@code
 * static final ExportColumns<CaseRow> COLUMNS = ExportColumns.<CaseRow>titled("menu.cases")
 *         .text("case.family", CaseRow::familyName)
 *         .translated("case.stage", r -> r.stage().messageKey())
 *         .date("case.dueOn", CaseRow::dueOn);
 * }</pre>
 *
 * @param <R> the rows of the list
 */
public final class ExportColumns<R> {

    /** What a column holds. */
    enum Kind { TEXT, TRANSLATED, NUMBER, DATE, DATE_TIME, YES_NO }

    /** One column: its header's message key, its kind, and how a row gives its value. */
    record Column<R>(String headerKey, Kind kind, Function<R, ?> value) {
    }

    private final String titleKey;
    private final List<Column<R>> columns = new ArrayList<>();

    private ExportColumns(String titleKey) {
        this.titleKey = titleKey;
    }

    /** Columns of a list whose title (the workbook's sheet name) is the message {@code titleKey}. */
    public static <R> ExportColumns<R> titled(String titleKey) {
        return new ExportColumns<>(titleKey);
    }

    /** Text as the row holds it (names, descriptions, anything users typed). */
    public ExportColumns<R> text(String headerKey, Function<R, String> value) {
        return add(headerKey, Kind.TEXT, value);
    }

    /** A named value (a stage, a status): the row gives its message key, written in the reader's language. */
    public ExportColumns<R> translated(String headerKey, Function<R, String> messageKey) {
        return add(headerKey, Kind.TRANSLATED, messageKey.andThen(k -> k == null ? List.of() : List.of(k)));
    }

    /** Several named values (problem areas): their message keys, written in the reader's language, joined by commas. */
    public ExportColumns<R> translatedEach(String headerKey, Function<R, ? extends Collection<String>> messageKeys) {
        return add(headerKey, Kind.TRANSLATED, messageKeys);
    }

    public ExportColumns<R> number(String headerKey, Function<R, ? extends Number> value) {
        return add(headerKey, Kind.NUMBER, value);
    }

    public ExportColumns<R> date(String headerKey, Function<R, LocalDate> value) {
        return add(headerKey, Kind.DATE, value);
    }

    /** A moment, written as the date and time of day where the portal runs. */
    public ExportColumns<R> dateTime(String headerKey, Function<R, Instant> value) {
        return add(headerKey, Kind.DATE_TIME, value);
    }

    /** Yes or no, in the reader's language. */
    public ExportColumns<R> yesNo(String headerKey, Predicate<R> value) {
        return add(headerKey, Kind.YES_NO, value::test);
    }

    private ExportColumns<R> add(String headerKey, Kind kind, Function<R, ?> value) {
        columns.add(new Column<>(headerKey, kind, value));
        return this;
    }

    String titleKey() {
        return titleKey;
    }

    List<Column<R>> columns() {
        return List.copyOf(columns);
    }
}
