package org.consilium.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void a_whole_month_is_written_as_the_months_name_and_year_in_each_language() {
        LocalDate start = LocalDate.of(2026, 3, 1);
        LocalDate end = LocalDate.of(2026, 3, 31);
        assertThat(Formats.period(start, end, Locale.ENGLISH)).isEqualTo("March 2026");
        assertThat(Formats.period(start, end, UK)).isEqualTo("Березень 2026");
        assertThat(Formats.period(start, end, RU)).isEqualTo("Март 2026");
        assertThat(Formats.period(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29), Locale.ENGLISH))
                .isEqualTo("February 2028");
    }

    @Test
    void another_period_is_written_from_its_first_to_its_last_day_and_one_day_as_a_date() {
        LocalDate start = LocalDate.of(2026, 3, 2);
        LocalDate end = LocalDate.of(2026, 3, 31);
        assertThat(Formats.period(start, end, Locale.ENGLISH))
                .isEqualTo(Formats.date(start, Locale.ENGLISH) + " – " + Formats.date(end, Locale.ENGLISH));
        assertThat(Formats.period(start, start, Locale.ENGLISH)).isEqualTo(Formats.date(start, Locale.ENGLISH));
        assertThat(Formats.shortPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), Locale.ENGLISH))
                .isEqualTo("Mar 2026");
    }

    @Test
    void numbers_have_the_languages_decimal_sign_and_at_most_two_decimals() {
        assertThat(Formats.number(new BigDecimal("3.00"), Locale.ENGLISH)).isEqualTo("3");
        assertThat(Formats.number(new BigDecimal("2.50"), Locale.ENGLISH)).isEqualTo("2.5");
        assertThat(Formats.number(new BigDecimal("2.50"), UK)).isEqualTo("2,5");
        assertThat(Formats.number(new BigDecimal("1.235"), Locale.ENGLISH)).isEqualTo("1.24");
    }
}
