package org.consilium.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.consilium.testing.TaggedPdf;
import org.junit.jupiter.api.Test;

/**
 * The tags every printed document gets from {@link PdfPages} (decision 0039), read back as a screen
 * reader reads them. The PDFs of the features check their own headings; this checks the parts they
 * share: pages, wrapping, lists, columns and rules.
 */
class PdfPagesTest {

    private static final String LONG = String.join(" ", Collections.nCopies(60, "Слово"));

    @Test
    void a_document_declares_its_language_and_title_and_reads_by_its_tags_in_the_order_written() throws IOException {
        TaggedPdf pdf = TaggedPdf.read(pdf(Locale.forLanguageTag("uk-UA"), w -> {
            w.line("Центр соціальних служб", 12, 0);
            w.rule();
            w.title("План сім’ї: Савченко");
            w.line("Період: 1–31 березня", 11, 0);
            w.heading("Мета 1. Ігор щодня відвідує школу", 13);
            w.list(List.of("1. Ірина Коваль", "2. Сергій Литвин"), 10, 12);
            w.columns("Що робить сім’я", List.of("• Будити Ігоря о 7:00"),
                    "Що роблять фахівці", List.of("• Перевіряти журнал", "• Розмова з матір’ю"), 10);
            w.line("", 10, 0);
        }));

        pdf.assertTagged("uk", "План сім’ї: Савченко", "План сім’ї: Савченко");
        assertThat(pdf.outline).isEqualTo("Document[P, H1, P, H2, L[LI[LBody], LI[LBody]], "
                + "Table[TR[TH, TH], TR[TD[L[LI[LBody]]], TD[L[LI[LBody], LI[LBody]]]]]]");
        assertThat(pdf.reading()).containsExactly("P: Центр соціальних служб", "H1: План сім’ї: Савченко",
                "P: Період: 1–31 березня", "H2: Мета 1. Ігор щодня відвідує школу", "LBody: 1. Ірина Коваль",
                "LBody: 2. Сергій Литвин", "TH: Що робить сім’я", "TH: Що роблять фахівці", "LBody: • Будити Ігоря о 7:00",
                "LBody: • Перевіряти журнал", "LBody: • Розмова з матір’ю");
        assertThat(pdf.text).contains("План сім’ї: Савченко", "Що робить сім’я", "Розмова з матір’ю");
    }

    @Test
    void the_language_is_the_one_the_texts_are_in() {
        assertThat(TaggedPdf.read(pdf(Locale.ENGLISH, w -> w.title("Plan"))).language).isEqualTo("en");
        assertThat(TaggedPdf.read(pdf(Languages.RUSSIAN, w -> w.title("План"))).language).isEqualTo("ru");
        assertThat(TaggedPdf.read(pdf(Locale.GERMAN, w -> w.title("Plan"))).language)
                .as("the bundles answer a language we do not speak in English").isEqualTo("en");
    }

    @Test
    void a_paragraph_that_runs_onto_the_next_page_is_one_element_found_from_both_pages() {
        TaggedPdf pdf = TaggedPdf.read(pdf(Locale.ENGLISH, w -> {
            w.title("Minutes");
            for (int i = 0; i < 43; i++) {
                w.line("Line " + i, 12, 0);
            }
            w.line(LONG, 12, 0);
        }));

        assertThat(pdf.problems).isEmpty();
        assertThat(pdf.pages).isEqualTo(2);
        assertThat(pdf.blocks).last().satisfies(b -> {
            assertThat(b.type()).isEqualTo("P");
            assertThat(b.text()).isEqualTo(LONG);
            assertThat(b.pieces()).hasSizeGreaterThan(1);
        });
    }

    @Test
    void wrapped_lines_keep_the_space_between_their_words_so_the_text_reads_as_words() {
        TaggedPdf pdf = TaggedPdf.read(pdf(Locale.ENGLISH, w -> w.line(LONG, 12, 0)));

        List<String> pieces = pdf.blocks.getFirst().pieces();
        assertThat(pieces).hasSizeGreaterThan(2);
        assertThat(String.join("", pieces)).isEqualTo(LONG);
    }

    @Test
    void two_columns_printed_line_by_line_read_as_a_table_of_two_whole_lists() {
        String left = "• " + LONG.substring(0, 150).strip();
        String right = "• " + LONG.substring(0, 200);
        TaggedPdf pdf = TaggedPdf.read(pdf(Locale.ENGLISH, w -> w.columns("Family", List.of(left, "• Short"), "Specialists",
                List.of(right), 10)));

        assertThat(pdf.problems).as("the rule under the headings is an artifact").isEmpty();
        assertThat(pdf.reading()).containsExactly("TH: Family", "TH: Specialists", "LBody: " + left, "LBody: • Short",
                "LBody: " + right);
        assertThat(pdf.blocks.get(2).pieces()).as("a task printed over several lines").hasSizeGreaterThan(1);
    }

    /** Something written on the pages. */
    @FunctionalInterface
    private interface Writing {
        void on(PdfPages w) throws IOException;
    }

    private static byte[] pdf(Locale locale, Writing writing) {
        try (PdfPages w = new PdfPages(locale.getLanguage().equals("uk") ? "План сім’ї: Савченко" : "Title", "Consilium", locale)) {
            writing.on(w);
            return w.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
