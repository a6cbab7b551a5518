package org.consilium.base;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One list as an Excel workbook of one sheet, written as a stream by fastexcel (decision 0033): the
 * header row bold and frozen, text as text cells (never formulas, so nothing needs neutralising),
 * numbers as numbers, dates and times as date cells shown in the reader's language.
 */
final class XlsxSheet {

    private static final int WIDEST = 60;
    private static final int SHEET_NAME_MAX = 31;

    private XlsxSheet() {
    }

    static void write(OutputStream out, String title, List<String> headers, List<List<Object>> rows, CellFormats formats)
            throws IOException {
        Workbook workbook = new Workbook(out, "Consilium", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName(title));
        int[] widths = new int[headers.size()];
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            widths[c] = headers.get(c).length();
        }
        sheet.range(0, 0, 0, headers.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], cell(sheet, r + 1, c, row.get(c), formats));
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.width(c, Math.min(WIDEST, widths[c] + 2));
        }
        workbook.finish();
    }

    /** Writes one cell and tells how many characters wide it shows. */
    private static int cell(Worksheet sheet, int r, int c, Object value, CellFormats formats) {
        switch (value) {
            case null -> {
                return 0;
            }
            case Number n -> {
                sheet.value(r, c, n);
                return n.toString().length();
            }
            case LocalDate d -> {
                sheet.value(r, c, d);
                sheet.style(r, c).format(formats.excelDate()).set();
                return formats.excelDate().length();
            }
            case LocalDateTime t -> {
                sheet.value(r, c, t);
                sheet.style(r, c).format(formats.excelDateTime()).set();
                return formats.excelDateTime().length();
            }
            default -> {
                String text = value.toString();
                sheet.value(r, c, text);
                return text.lines().mapToInt(String::length).max().orElse(0);
            }
        }
    }

    /** A sheet's name: at most 31 characters, none of those a workbook forbids in it. */
    static String sheetName(String title) {
        String name = title.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        if (name.isEmpty()) {
            return "Sheet1";
        }
        return name.length() <= SHEET_NAME_MAX ? name : name.substring(0, SHEET_NAME_MAX);
    }
}
