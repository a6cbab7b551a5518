package org.consilium.base;

import java.time.LocalDate;

/** The files a list is exported to (decision 0033). */
public enum ExportFormat {

    /** An Excel workbook (Office Open XML), with real date and number cells. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    /** Comma-separated values by RFC 4180, UTF-8 with a byte-order mark, formulas neutralised. */
    CSV("csv", "text/csv; charset=UTF-8");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** The download's name: what was exported and the day, e.g. {@code cases-2026-11-30.xlsx}. */
    public String fileName(String what, LocalDate day) {
        return what + "-" + day + "." + extension;
    }
}
