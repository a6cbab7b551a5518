package org.consilium.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Exported files read back as a spreadsheet reads them: CSV by RFC 4180, workbooks by fastexcel's reader. */
public final class ExportFiles {

    /** Something that writes an export. */
    @FunctionalInterface
    public interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private ExportFiles() {
    }

    public static byte[] bytes(Writing writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writing.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The records of a CSV as RFC 4180 reads them: after the byte-order mark, fields split at commas
     * outside quotes, records at CRLF outside quotes, quotes taken off and doubled quotes single.
     * Fails on anything the RFC does not allow (a bare LF ending a record, a quote inside an unquoted field).
     */
    public static List<List<String>> csv(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).as("byte-order mark").startsWith("\uFEFF");
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                assertThat(field).as("a quote opens only an empty field, at %d", i).isEmpty();
                assertThat(wasQuoted).as("one quoted part per field, at %d", i).isFalse();
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                records.add(record);
                record = new ArrayList<>();
                field.setLength(0);
                wasQuoted = false;
                i++;
            } else {
                assertThat(c).as("a line break outside quotes, at %d", i).isNotIn('\r', '\n');
                field.append(c);
            }
        }
        assertThat(quoted).as("quotes closed").isFalse();
        assertThat(field).as("the last record ends with CRLF").isEmpty();
        assertThat(record).isEmpty();
        return records;
    }

    /** The rows of a workbook's first sheet, the header row first. */
    public static List<Row> workbook(byte[] file) {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            return wb.getFirstSheet().read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbook's first sheet's name. */
    public static String sheetName(byte[] file) {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            return wb.getFirstSheet().getName();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The XML of one part of a workbook, e.g. {@code xl/worksheets/sheet1.xml}, read through the zip's
     * central directory as spreadsheets read it (a streamed workbook keeps the sizes of its parts there).
     */
    public static String part(byte[] file, String name) {
        try {
            Path copy = Files.createTempFile("export", ".xlsx");
            try {
                Files.write(copy, file);
                try (ZipFile zip = new ZipFile(copy.toFile())) {
                    ZipEntry entry = zip.getEntry(name);
                    if (entry == null) {
                        throw new AssertionError("no part " + name);
                    }
                    return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                }
            } finally {
                Files.delete(copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row's cells as text, as the reader shows them (empty for an empty cell). */
    public static List<String> texts(Row row, int columns) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            out.add(row.getCellText(c));
        }
        return out;
    }
}
