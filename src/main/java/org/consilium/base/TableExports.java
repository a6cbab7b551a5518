package org.consilium.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.consilium.base.ExportColumns.Column;
import org.springframework.stereotype.Component;

/**
 * Writes a list's rows as CSV or as an Excel workbook from one set of {@link ExportColumns}, with the
 * headers, named values, dates and numbers in the reader's language (decision 0033). It only writes:
 * the service that calls it has checked who may see the rows and records the export in the audit log.
 */
@Component
public class TableExports {

    private final I18NProvider i18n;
    private final Clock clock;

    TableExports(I18NProvider i18n, Clock clock) {
        this.i18n = i18n;
        this.clock = clock;
    }

    /** Writes the rows to {@code out} (which stays open) in the format, for a reader of {@code locale}. */
    public <R> void write(ExportColumns<R> table, List<R> rows, ExportFormat format, Locale locale, OutputStream out)
            throws IOException {
        List<Column<R>> columns = table.columns();
        List<String> headers = columns.stream().map(c -> t(c.headerKey(), locale)).toList();
        List<List<Object>> cells = new ArrayList<>(rows.size());
        for (R row : rows) {
            cells.add(cells(columns, row, locale));
        }
        switch (format) {
            case CSV -> {
                BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                CsvWriter csv = new CsvWriter(writer, locale);
                csv.row(headers);
                for (List<Object> r : cells) {
                    csv.row(r);
                }
                csv.flush();
            }
            case XLSX -> XlsxSheet.write(out, t(table.titleKey(), locale), headers, cells, CellFormats.of(locale));
        }
    }

    /** A row's cells as they are written: text (named values translated), numbers, dates, and times of day. */
    private <R> List<Object> cells(List<Column<R>> columns, R row, Locale locale) {
        List<Object> out = new ArrayList<>(columns.size());
        for (Column<R> c : columns) {
            Object value = c.value().apply(row);
            out.add(value == null ? null : switch (c.kind()) {
                case TRANSLATED -> ((Collection<?>) value).stream().map(k -> t(k.toString(), locale)).collect(Collectors.joining(", "));
                case YES_NO -> t((Boolean) value ? "export.yes" : "export.no", locale);
                case DATE_TIME -> LocalDateTime.ofInstant((Instant) value, clock.getZone());
                case TEXT -> value.toString();
                case NUMBER, DATE -> value;
            });
        }
        return out;
    }

    private String t(String key, Locale locale) {
        return i18n.getTranslation(key, locale);
    }
}
