package org.consilium.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.consilium.testing.ExportFiles;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** One set of columns, written as CSV and as a workbook, read back as a spreadsheet reads them. */
class TableExportsTest {

    record Item(String name, String stateKey, List<String> areaKeys, LocalDate due, Instant at, Long count, boolean late) {
    }

    private static final Map<String, String> UKRAINIAN = Map.of("list.title", "Список: тест", "col.name", "Назва",
            "col.state", "Стан", "col.areas", "Сфери", "col.due", "Термін", "col.at", "Коли", "col.count", "Кількість",
            "col.late", "Прострочено", "state.OPEN", "Відкрито", "export.yes", "Так");

    private static final I18NProvider I18N = new I18NProvider() {
        @Override
        public List<Locale> getProvidedLocales() {
            return Languages.SUPPORTED;
        }

        @Override
        public String getTranslation(String key, Locale locale, Object... params) {
            return UKRAINIAN.getOrDefault(key, key);
        }
    };

    private static final ExportColumns<Item> COLUMNS = ExportColumns.<Item>titled("list.title")
            .text("col.name", Item::name)
            .translated("col.state", Item::stateKey)
            .translatedEach("col.areas", Item::areaKeys)
            .date("col.due", Item::due)
            .dateTime("col.at", Item::at)
            .number("col.count", Item::count)
            .yesNo("col.late", Item::late);

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    private final TableExports exports = new TableExports(I18N, Clock.system(KYIV));

    private final List<Item> items = List.of(
            new Item("=HYPERLINK(\"http://ev.il\")", "state.OPEN", List.of("state.OPEN", "area.X"), LocalDate.parse("2026-11-30"),
                    Instant.parse("2026-11-29T10:15:00Z"), -2L, true),
            new Item("Коваль, \"Мала\"\nдругий рядок", null, List.of(), null, null, null, false));

    private byte[] written(ExportFormat format) {
        return ExportFiles.bytes(out -> exports.write(COLUMNS, items, format, Languages.UKRAINIAN, out));
    }

    @Test
    void the_csv_has_translated_headers_neutralised_text_and_dates_in_the_readers_language() throws IOException {
        List<List<String>> rows = ExportFiles.csv(written(ExportFormat.CSV));

        assertThat(rows).containsExactly(
                List.of("Назва", "Стан", "Сфери", "Термін", "Коли", "Кількість", "Прострочено"),
                List.of("'=HYPERLINK(\"http://ev.il\")", "Відкрито", "Відкрито, area.X", "30.11.2026", "29.11.2026 12:15", "-2", "Так"),
                List.of("Коваль, \"Мала\"\nдругий рядок", "", "", "", "", "", "export.no"));
    }

    @Test
    void the_workbook_holds_the_same_rows_with_text_as_text_numbers_as_numbers_and_dates_as_date_cells() {
        byte[] file = written(ExportFormat.XLSX);
        List<Row> rows = ExportFiles.workbook(file);

        assertThat(ExportFiles.sheetName(file)).as("no colon in a sheet's name").isEqualTo("Список  тест");
        assertThat(rows).hasSize(3);
        assertThat(ExportFiles.texts(rows.get(0), 7)).containsExactly("Назва", "Стан", "Сфери", "Термін", "Коли", "Кількість", "Прострочено");
        Row first = rows.get(1);
        assertThat(first.getCell(0).getType()).as("a text, not a formula").isEqualTo(CellType.STRING);
        assertThat(first.getCell(0).asString()).isEqualTo("=HYPERLINK(\"http://ev.il\")");
        assertThat(first.getCellAsDate(3)).contains(LocalDateTime.parse("2026-11-30T00:00"));
        assertThat(first.getCellAsDate(4)).contains(LocalDateTime.parse("2026-11-29T12:15"));
        assertThat(first.getCell(5).getType()).isEqualTo(CellType.NUMBER);
        assertThat(first.getCellAsNumber(5)).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(-2));
        assertThat(rows.get(2).getCellText(0)).isEqualTo("Коваль, \"Мала\"\nдругий рядок");

        String sheet = ExportFiles.part(file, "xl/worksheets/sheet1.xml");
        assertThat(sheet).as("the header row stays in view").contains("state=\"frozen\"");
        assertThat(sheet).as("no formula anywhere").doesNotContain("<f>", "<f ");
        assertThat(ExportFiles.part(file, "xl/styles.xml")).as("dates shown as the reader writes them")
                .contains("formatCode=\"dd.mm.yyyy\"", "formatCode=\"dd.mm.yyyy hh:mm\"");
    }
}
