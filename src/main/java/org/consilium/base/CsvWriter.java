package org.consilium.base;

import java.io.IOException;
import java.io.Writer;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Writes the CSV files users download, in one way for every export (decision 0033): RFC 4180 — fields
 * separated by commas, lines ended by CRLF, a field that holds a comma, a quote, a CR or a LF in
 * quotes with its quotes doubled — and UTF-8 with a byte-order mark, so that spreadsheets read
 * Cyrillic right. Dates and numbers are written as the user's language writes them.
 *
 * <p>A spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} as a
 * formula, and some also treat a leading tab or carriage return so. Any text in the portal can come
 * from outside (a user name typed at a failed sign-in, a family's name), so such a text gets a single
 * quote in front and is otherwise kept as it is (OWASP, "CSV Injection"). Numbers and dates are made
 * by the portal and are written as they are: a negative number stays a number.
 */
public final class CsvWriter {

    static final char SEPARATOR = ',';
    static final String LINE_END = "\r\n";
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Writer out;
    private final CellFormats formats;
    private final NumberFormat numbers;

    /** Starts a CSV on {@code out} (which must write UTF-8), with dates and numbers as {@code locale} writes them. */
    public CsvWriter(Writer out, Locale locale) throws IOException {
        this.out = out;
        this.formats = CellFormats.of(locale);
        this.numbers = NumberFormat.getNumberInstance(locale);
        // Grouped digits ("1 234") are read back as text by some spreadsheets.
        numbers.setGroupingUsed(false);
        numbers.setMaximumFractionDigits(2);
        out.write(BYTE_ORDER_MARK);
    }

    /**
     * Writes one row. Numbers and dates are written as the language writes them, {@code true} and
     * {@code false} as they are; any other value as its text, neutralised and quoted where needed;
     * {@code null} is an empty field.
     */
    public CsvWriter row(List<?> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(SEPARATOR);
            }
            out.write(field(fields.get(i)));
        }
        out.write(LINE_END);
        return this;
    }

    public CsvWriter row(Object... fields) throws IOException {
        return row(Arrays.asList(fields));
    }

    public void flush() throws IOException {
        out.flush();
    }

    String field(Object value) {
        return switch (value) {
            case null -> "";
            case Number n -> quoted(numbers.format(n));
            case LocalDate d -> quoted(formats.date().format(d));
            case LocalDateTime t -> quoted(formats.dateTime().format(t));
            case Boolean b -> b.toString();
            default -> text(value.toString());
        };
    }

    /** A text field: a would-be formula made inert, then quoted if RFC 4180 asks for it. */
    static String text(String value) {
        return quoted(neutralised(value));
    }

    /** The text with a single quote in front if a spreadsheet would run it as a formula. */
    public static String neutralised(String value) {
        return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** In quotes, its quotes doubled, when it holds a separator, a quote or a line break (RFC 4180, 2.6–2.7). */
    static String quoted(String value) {
        boolean needs = false;
        for (int i = 0; i < value.length() && !needs; i++) {
            char c = value.charAt(i);
            needs = c == SEPARATOR || c == '"' || c == '\r' || c == '\n';
        }
        return needs ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
