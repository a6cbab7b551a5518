package org.consilium.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void a_browser_language_we_speak_is_kept_and_any_other_falls_back_to_ukrainian() {
        assertThat(Languages.bestMatch(Locale.forLanguageTag("en-GB"))).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.bestMatch(Locale.forLanguageTag("ru-UA"))).isEqualTo(Languages.RUSSIAN);
        assertThat(Languages.bestMatch(Locale.GERMAN)).isEqualTo(Languages.UKRAINIAN);
        assertThat(Languages.bestMatch(null)).isEqualTo(Languages.UKRAINIAN);
    }

    @Test
    void stored_language_tags_are_read_back_and_unknown_ones_ignored() {
        assertThat(Languages.fromTag("uk")).isEqualTo(Languages.UKRAINIAN);
        assertThat(Languages.fromTag("de")).isNull();
        assertThat(Languages.fromTag("")).isNull();
    }
}
