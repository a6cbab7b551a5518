package org.consilium.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private static String written(Locale locale, Object... fields) throws IOException {
        StringWriter out = new StringWriter();
        new CsvWriter(out, locale).row(fields).flush();
        return out.toString();
    }

    @Test
    void a_text_that_a_spreadsheet_would_run_as_a_formula_gets_a_quote_in_front_and_is_otherwise_kept() {
        for (String start : new String[] {"=", "+", "-", "@", "\t", "\r"}) {
            assertThat(CsvWriter.neutralised(start + "SUM(A1)")).as(start).isEqualTo("'" + start + "SUM(A1)");
        }
        assertThat(CsvWriter.text("=HYPERLINK(\"http://evil.example\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\")\"");
        assertThat(CsvWriter.text("\rCR")).isEqualTo("\"'\rCR\"");
        assertThat(CsvWriter.text("Коваленко = мати")).isEqualTo("Коваленко = мати");
    }

    @Test
    void a_row_follows_rfc_4180_after_a_byte_order_mark_quoting_only_fields_with_commas_quotes_or_line_breaks() throws IOException {
        assertThat(written(Locale.ENGLISH, "Коваленко", "a,b", "say \"hi\"", null, "два\nрядки", "CR\rLF", true))
                .isEqualTo("\uFEFFКоваленко,\"a,b\",\"say \"\"hi\"\"\",,\"два\nрядки\",\"CR\rLF\",true\r\n");
    }

    @Test
    void dates_times_and_numbers_are_written_as_the_language_writes_them_and_a_negative_number_stays_a_number() throws IOException {
        LocalDate day = LocalDate.parse("2026-11-30");
        LocalDateTime at = LocalDateTime.parse("2026-11-30T14:05");
        assertThat(written(Languages.UKRAINIAN, day, at, -3, new BigDecimal("1234.5")))
                .isEqualTo("\uFEFF30.11.2026,30.11.2026 14:05,-3,\"1234,5\"\r\n");
        assertThat(written(Languages.RUSSIAN, day)).isEqualTo("\uFEFF30.11.2026\r\n");
        assertThat(written(Languages.ENGLISH, day, at, new BigDecimal("1234.5")))
                .isEqualTo("\uFEFF11/30/2026,11/30/2026 2:05 PM,1234.5\r\n");
    }
}
