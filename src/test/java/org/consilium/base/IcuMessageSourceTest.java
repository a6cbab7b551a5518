package org.consilium.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The portal's texts formatted by ICU (decision 0038): the noun agrees with the number in Ukrainian, Russian
 * and English, numbers and dates are written in the reader's language, and what Spring did before still holds.
 */
class IcuMessageSourceTest {

    private static final Locale UK = Languages.UKRAINIAN;
    private static final Locale RU = Languages.RUSSIAN;
    private static final Locale EN = Languages.ENGLISH;

    /** Set up as the application sets it up from {@code spring.messages.*}. */
    private final MessageSource messages = bundles();

    private static IcuMessageSource bundles() {
        IcuMessageSource source = new IcuMessageSource();
        source.setBasenames("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    @Test
    void ukrainian_says_1_day_2_days_5_days_as_its_plural_rules_ask() {
        assertThat(text("case.overdueDays", UK, 1)).isEqualTo("прострочено на 1 день");
        assertThat(text("case.overdueDays", UK, 2)).isEqualTo("прострочено на 2 дні");
        assertThat(text("case.overdueDays", UK, 5)).isEqualTo("прострочено на 5 днів");
        assertThat(text("case.overdueDays", UK, 11)).isEqualTo("прострочено на 11 днів");
        assertThat(text("case.overdueDays", UK, 21)).isEqualTo("прострочено на 21 день");
        assertThat(text("case.overdueDays", UK, 22)).isEqualTo("прострочено на 22 дні");
        assertThat(text("case.overdueDays", UK, 0)).isEqualTo("прострочено на 0 днів");
        assertThat(text("case.overdueDays", UK, 1.5)).isEqualTo("прострочено на 1,5 дня");
    }

    @Test
    void ukrainian_tasks_of_a_family_agree_with_their_count_in_a_whole_sentence() {
        assertThat(text("plan.overload", UK, 1, "2 бер. 2026 р.")).isEqualTo(
                "На тиждень від 2 бер. 2026 р. сім’я має 1 завдання. Розподіліть їх, щоб план не перевантажував сім’ю.");
        assertThat(text("plan.overload", UK, 5, "2 бер. 2026 р.")).startsWith("На тиждень від 2 бер. 2026 р. сім’я має 5 завдань.");
        assertThat(text("plan.overload", UK, 22, "2 бер. 2026 р.")).contains("сім’я має 22 завдання.");
        assertThat(text("plan.overload", UK, 11, "2 бер. 2026 р.")).contains("сім’я має 11 завдань.");
    }

    @Test
    void russian_says_1_task_2_tasks_5_tasks() {
        assertThat(text("plan.overload", RU, 1, "2 мар. 2026 г.")).contains("у семьи 1 задача.");
        assertThat(text("plan.overload", RU, 2, "2 мар. 2026 г.")).contains("у семьи 2 задачи.");
        assertThat(text("plan.overload", RU, 5, "2 мар. 2026 г.")).contains("у семьи 5 задач.");
        assertThat(text("plan.overload", RU, 11, "2 мар. 2026 г.")).contains("у семьи 11 задач.");
        assertThat(text("plan.overload", RU, 21, "2 мар. 2026 г.")).contains("у семьи 21 задача.");
        assertThat(text("plan.overload", RU, 22, "2 мар. 2026 г.")).contains("у семьи 22 задачи.");
        assertThat(text("case.overdueDays", RU, 1)).isEqualTo("просрочено на 1 день");
        assertThat(text("case.overdueDays", RU, 3)).isEqualTo("просрочено на 3 дня");
        assertThat(text("case.overdueDays", RU, 12)).isEqualTo("просрочено на 12 дней");
    }

    @Test
    void english_has_one_and_other() {
        assertThat(text("case.overdueDays", EN, 1)).isEqualTo("overdue by 1 day");
        assertThat(text("case.overdueDays", EN, 2)).isEqualTo("overdue by 2 days");
        assertThat(text("case.overdueDays", EN, 21)).isEqualTo("overdue by 21 days");
        assertThat(text("plan.overload", EN, 1, "Mar 2, 2026")).startsWith("The family has 1 task due in the week of Mar 2, 2026.");
    }

    @Test
    void an_exact_number_wins_over_its_category_and_other_arguments_stay_inside_the_forms() {
        assertThat(text("assessment.complete.domainsMissing", UK, "Здоров’я", 1))
                .isEqualTo("Ще не всі сфери оцінено: «Здоров’я» ще потребує опису спостережень.");
        assertThat(text("assessment.complete.domainsMissing", UK, "Здоров’я", 3))
                .isEqualTo("Ще не всі сфери оцінено: 3 сфери, серед них «Здоров’я», ще потребують опису спостережень.");
        assertThat(text("assessment.complete.domainsMissing", UK, "Здоров’я", 5))
                .isEqualTo("Ще не всі сфери оцінено: 5 сфер, серед них «Здоров’я», ще потребують опису спостережень.");
    }

    @Test
    void numbers_are_written_in_the_readers_language() {
        // Ukrainian and Russian group digits with a no-break space.
        assertThat(text("plan.overload", UK, 12345, "x")).contains("сім’я має 12\u00a0345 завдань.");
        assertThat(text("plan.overload", EN, 12345, "x")).contains("The family has 12,345 tasks");
        assertThat(text("plan.goal.numbered", UK, 1234, "Мета")).isEqualTo("Мета 1\u00a0234. Мета");
    }

    @Test
    void dates_and_times_of_java_time_are_written_as_the_portal_writes_them() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        assertThat(text("case.due.by", UK, day))
                .isEqualTo("термін — " + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(UK).format(day));
        Instant moment = LocalDateTime.of(2026, 3, 2, 14, 5).atZone(ZoneId.systemDefault()).toInstant();
        assertThat(text("referral.overdue", EN, moment)).isEqualTo("Overdue since "
                + DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(EN)
                        .withZone(ZoneId.systemDefault()).format(moment));
    }

    @Test
    void a_message_asked_for_without_arguments_is_given_as_written() {
        assertThat(text("mywork.about.CURATOR", EN)).contains("You run your families' cases");
        assertThat(text("case.overdueDays", UK)).isEqualTo(
                "прострочено на {0, plural, one{# день} few{# дні} many{# днів} other{# дня}}");
    }

    @Test
    void an_apostrophe_stays_an_apostrophe_and_arguments_of_other_texts_are_resolved_first() {
        assertThat(text("mywork.about.CURATOR", EN, "unused")).contains("You run your families' cases");
        DefaultMessageSourceResolvable stage = new DefaultMessageSourceResolvable("case.stage.DECISION");
        assertThat(text("case.moved", UK, stage)).isEqualTo(text("case.moved", UK, text("case.stage.DECISION", UK)));
    }

    @Test
    void a_language_without_a_bundle_reads_english_and_an_unknown_key_is_refused() {
        assertThat(text("case.overdueDays", Locale.GERMAN, 2)).isEqualTo("overdue by 2 days");
        assertThatThrownBy(() -> text("no.such.key", UK, 1)).isInstanceOf(NoSuchMessageException.class);
        assertThat(messages.getMessage("no.such.key", new Object[] {3}, "{0, plural, one{# file} other{# files}}", EN))
                .isEqualTo("3 files");
    }

    @Test
    void a_count_given_as_text_is_refused_rather_than_shown_in_the_wrong_form() {
        assertThatThrownBy(() -> text("case.overdueDays", UK, "5")).isInstanceOf(IllegalArgumentException.class);
    }

    /** A bean validation text with a plural is formatted by ICU with the constraint's attributes. */
    static class Comment {
        @Size(max = 1, message = "{validation.tooLong}")
        String one;

        @Size(max = 2000, message = "{validation.tooLong}")
        String many;

        @Size(max = 22, message = "{validation.tooLong}")
        String few;
    }

    @Test
    void bean_validation_texts_agree_with_their_limit_too() {
        try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new BundleMessageInterpolator()).buildValidatorFactory()) {
            BundleMessageInterpolator interpolator = new BundleMessageInterpolator();
            assertThat(interpolator.interpolate("{validation.tooLong}", context(factory, "one"), UK)).isEqualTo("Не більше 1 символу");
            assertThat(interpolator.interpolate("{validation.tooLong}", context(factory, "few"), UK)).isEqualTo("Не більше 22 символів");
            assertThat(interpolator.interpolate("{validation.tooLong}", context(factory, "many"), RU)).isEqualTo("Не более 2\u00a0000 символов");
            assertThat(interpolator.interpolate("{validation.tooLong}", context(factory, "one"), EN)).isEqualTo("At most 1 character");
            assertThat(interpolator.interpolate("{validation.required}", context(factory, "one"), UK)).isEqualTo("Обов’язкове поле");
        }
    }

    private static MessageInterpolator.Context context(ValidatorFactory factory, String property) {
        ConstraintDescriptor<?> constraint = factory.getValidator().getConstraintsForClass(Comment.class)
                .getConstraintsForProperty(property).getConstraintDescriptors().iterator().next();
        return new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return constraint;
            }

            @Override
            public Object getValidatedValue() {
                return "x".repeat(3000);
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
