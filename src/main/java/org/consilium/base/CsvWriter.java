package org.consilium.base;

import java.io.IOException;
import java.io.Writer;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Writes the CSV files users download, in one way for every export: UTF-8 with a byte-order mark (so
 * that spreadsheets read Cyrillic right), fields separated by semicolons, one line per row, every text
 * field quoted.
 *
 * <p>A spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} as a
 * formula, and some also treat a leading tab or carriage return so. Any text in the portal can come
 * from outside (a user name typed at a failed sign-in, a family's name), so such a cell gets a single
 * quote in front and is otherwise kept as it is (OWASP, "CSV Injection").
 */
public final class CsvWriter {

    static final char SEPARATOR = ';';
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Writer out;

    /** Starts a CSV on {@code out} (which must write UTF-8). */
    public CsvWriter(Writer out) throws IOException {
        this.out = out;
        out.write(BYTE_ORDER_MARK);
    }

    /**
     * Writes one row. Numbers, dates and other values the portal makes itself are written as they
     * print; text is neutralised and quoted; {@code null} is an empty field.
     */
    public CsvWriter row(Object... fields) throws IOException {
        out.write(Arrays.stream(fields).map(CsvWriter::field).collect(Collectors.joining(String.valueOf(SEPARATOR))));
        out.write('\n');
        return this;
    }

    public void flush() throws IOException {
        out.flush();
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Enum<?> || value instanceof Temporal) {
            return value.toString();
        }
        return text(value.toString());
    }

    /** A text field: a would-be formula made inert, quotes doubled, line breaks as spaces, quoted. */
    static String text(String value) {
        String safe = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"").replace('\r', ' ').replace('\n', ' ') + "\"";
    }
}
