package org.consilium.family;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeysTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "Коваленко, KOVALENKO",
            "Мельник, Melnyk",
            "Гнатюк, Hnatiuk",
            "Гнатюк, Gnatyuk",
            "Ткаченко, Tkachenko",
            "Олексій, Oleksii",
            "Юлія, Yuliia",
            "Юлия, Julija",
            "Щербак, Shcherbak",
            "Хоменко, Khomenko",
            "Зінченко, Zinchenko",
            "Коваленко, коваленко",
            "Д’яченко, Diachenko",
            "Яковенко, Iakovenko",
    })
    void the_same_name_in_cyrillic_or_latin_letters_gives_the_same_key(String a, String b) {
        assertThat(NameKeys.name(a)).isEqualTo(NameKeys.name(b));
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource({"Коваленко, Коваль", "Мельник, Мельничук", "Бондар, Бондаренко"})
    void different_names_give_different_keys(String a, String b) {
        assertThat(NameKeys.name(a)).isNotEqualTo(NameKeys.name(b));
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({"Коваленко, Коваленка", "Мельник, Мелник", "Ткаченко, Ткачеко"})
    void names_one_letter_apart_are_similar(String a, String b) {
        assertThat(NameKeys.similar(NameKeys.name(a), NameKeys.name(b))).isTrue();
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource({"Коваленко, Коваль", "Мельник, Мірошник"})
    void names_further_apart_are_not_similar(String a, String b) {
        assertThat(NameKeys.similar(NameKeys.name(a), NameKeys.name(b))).isFalse();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "вул. Шевченка, 12, кв. 5 | ВУЛ ШЕВЧЕНКА 12 КВ 5",
            "вул. Шевченка, 12, кв. 5 | vul. Shevchenka 12, kv. 5"})
    void addresses_keep_their_numbers_and_ignore_spelling_and_punctuation(String a, String b) {
        assertThat(NameKeys.address(a)).isEqualTo(NameKeys.address(b));
        assertThat(NameKeys.address("вул. Шевченка, 12")).isNotEqualTo(NameKeys.address("вул. Шевченка, 21"));
    }
}
