package org.consilium.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.consilium.base.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"report.pdf", "Характеристика учня 5-А.docx", "scan (2).JPG", ".hidden.png", "a.b.c.pdf"})
    void plain_names_are_accepted(String name) {
        assertThatCode(() -> FileNames.check(name)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", ".", "...", "../report.pdf", "a/b.pdf", "a\\b.pdf", "report..pdf", "tab\there.pdf",
            "line\nbreak.pdf", "nul\u0000.pdf", "report\u202Efdp.exe"})
    void path_like_or_hidden_names_are_refused_at_the_file_field(String name) {
        assertThatThrownBy(() -> FileNames.check(name))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("attachment.name.invalid");
                    assertThat(e.getField()).contains(Attachments.FILE);
                });
    }

    @ParameterizedTest
    @ValueSource(ints = {255, 256})
    void a_name_may_be_at_most_255_characters(int length) {
        String name = "a".repeat(length - 4) + ".pdf";
        if (length <= 255) {
            assertThatCode(() -> FileNames.check(name)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> FileNames.check(name)).isInstanceOf(BusinessException.class);
        }
    }

    @Test
    void no_name_at_all_is_refused() {
        assertThatThrownBy(() -> FileNames.check(null)).isInstanceOf(BusinessException.class);
    }
}
