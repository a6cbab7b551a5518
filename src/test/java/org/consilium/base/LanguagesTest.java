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
    void texts_are_in_the_language_asked_for_when_we_speak_it_and_otherwise_in_the_base_bundles_english() {
        assertThat(Languages.ofTexts(Locale.forLanguageTag("uk-UA"))).isEqualTo(Languages.UKRAINIAN);
        assertThat(Languages.ofTexts(Languages.RUSSIAN)).isEqualTo(Languages.RUSSIAN);
        assertThat(Languages.ofTexts(Locale.GERMAN)).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.ofTexts(null)).isEqualTo(Languages.UKRAINIAN);
    }

    @Test
    void stored_language_tags_are_read_back_and_unknown_ones_ignored() {
        assertThat(Languages.fromTag("uk")).isEqualTo(Languages.UKRAINIAN);
        assertThat(Languages.fromTag("de")).isNull();
        assertThat(Languages.fromTag("")).isNull();
    }
}
