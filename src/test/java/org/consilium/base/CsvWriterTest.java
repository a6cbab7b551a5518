package org.consilium.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private static String written(Object... fields) throws IOException {
        StringWriter out = new StringWriter();
        new CsvWriter(out).row(fields).flush();
        return out.toString();
    }

    @Test
    void a_text_that_a_spreadsheet_would_run_as_a_formula_gets_a_quote_in_front_and_is_otherwise_kept() {
        for (String start : new String[] {"=", "+", "-", "@", "\t", "\r"}) {
            assertThat(CsvWriter.text(start + "SUM(A1)")).as(start).startsWith("\"'");
        }
        assertThat(CsvWriter.text("=HYPERLINK(\"http://evil.example\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\")\"");
        assertThat(CsvWriter.text("Коваленко = мати")).isEqualTo("\"Коваленко = мати\"");
    }

    @Test
    void a_row_starts_the_file_with_a_byte_order_mark_quotes_text_and_keeps_numbers_and_times_as_they_print() throws IOException {
        assertThat(written(Instant.parse("2026-11-29T10:15:30Z"), "a;b", 42L, null, "два\nрядки"))
                .isEqualTo("\uFEFF2026-11-29T10:15:30Z;\"a;b\";42;;\"два рядки\"\n");
    }
}
