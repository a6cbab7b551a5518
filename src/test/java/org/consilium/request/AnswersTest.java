package org.consilium.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.consilium.base.BusinessException;
import org.junit.jupiter.api.Test;

/** The rules of an answer's fields, in memory. */
class AnswersTest {

    private static Map<AnswerField, String> values(Object... pairs) {
        Map<AnswerField, String> m = new EnumMap<>(AnswerField.class);
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((AnswerField) pairs[i], (String) pairs[i + 1]);
        }
        return m;
    }

    private static Map<AnswerField, String> signed(Object... pairs) {
        Map<AnswerField, String> m = values(pairs);
        m.put(AnswerField.PREPARED_BY_ROLE, "CLASS_TEACHER");
        m.put(AnswerField.PREPARED_BY_NAME, "Іваненко Оксана");
        m.put(AnswerField.SIGNED_BY, "Директор");
        return m;
    }

    private static void refused(Runnable call, AnswerField field, String key) {
        assertThatThrownBy(call::run).isInstanceOf(BusinessException.class).satisfies(e -> {
            assertThat(((BusinessException) e).getField()).contains(field.fieldName());
            assertThat(((BusinessException) e).getMessageKey()).isEqualTo(key);
        });
    }

    @Test
    void values_are_stripped_empty_ones_left_out_and_numbers_normalised() {
        Map<AnswerField, String> checked = Answers.check(RequestKind.SCHOOL_CHARACTERISATION,
                signed(AnswerField.DAYS_MISSED_EXCUSED, " 03 ", AnswerField.AVERAGE_MARK, "7,5", AnswerField.BEHAVIOUR, "  "), 20, true);
        assertThat(checked).containsEntry(AnswerField.DAYS_MISSED_EXCUSED, "3").containsEntry(AnswerField.AVERAGE_MARK, "7.5")
                .doesNotContainKey(AnswerField.BEHAVIOUR);
        assertThat(Answers.daysMissed(checked)).isEqualTo(3);
        assertThat(Answers.daysMissed(signed())).isNull();
    }

    @Test
    void each_type_refuses_what_it_cannot_hold() {
        refused(() -> Answers.check(RequestKind.SCHOOL_CHARACTERISATION, values(AnswerField.DAYS_MISSED_EXCUSED, "-1"), 20, false),
                AnswerField.DAYS_MISSED_EXCUSED, "request.answer.wholeNumber");
        refused(() -> Answers.check(RequestKind.SCHOOL_CHARACTERISATION, values(AnswerField.AVERAGE_MARK, "13"), 20, false),
                AnswerField.AVERAGE_MARK, "request.answer.mark");
        refused(() -> Answers.check(RequestKind.SCHOOL_CHARACTERISATION, values(AnswerField.AVERAGE_MARK, "7.25"), 20, false),
                AnswerField.AVERAGE_MARK, "request.answer.mark");
        refused(() -> Answers.check(RequestKind.SCHOOL_CHARACTERISATION, values(AnswerField.PROGRESS_MATHEMATICS, "EXCELLENT"), 20, false),
                AnswerField.PROGRESS_MATHEMATICS, "request.answer.choice");
        refused(() -> Answers.check(RequestKind.SCHOOL_CHARACTERISATION, values(AnswerField.SIGNED_BY, "x".repeat(201)), 20, false),
                AnswerField.SIGNED_BY, "validation.maxLength");
    }

    @Test
    void days_missed_cannot_exceed_the_school_days_of_the_period() {
        assertThat(Answers.check(RequestKind.SCHOOL_CHARACTERISATION,
                values(AnswerField.DAYS_MISSED_EXCUSED, "10", AnswerField.DAYS_MISSED_UNEXCUSED, "10"), 20, false)).hasSize(2);
        refused(() -> Answers.check(RequestKind.SCHOOL_CHARACTERISATION,
                        values(AnswerField.DAYS_MISSED_EXCUSED, "10", AnswerField.DAYS_MISSED_UNEXCUSED, "11"), 20, false),
                AnswerField.DAYS_MISSED_UNEXCUSED, "request.answer.daysMissed.tooMany");
    }

    @Test
    void a_submitted_answer_says_something_and_a_school_says_who_prepared_and_signed_it() {
        refused(() -> Answers.check(RequestKind.SCHOOL_CHARACTERISATION, signed(), 20, true),
                AnswerField.FREE_TEXT, "request.answer.empty");
        refused(() -> Answers.check(RequestKind.SCHOOL_CHARACTERISATION, values(AnswerField.BEHAVIOUR, "Спокійний"), 20, true),
                AnswerField.PREPARED_BY_ROLE, "validation.required");
        assertThat(Answers.check(RequestKind.POLICE_INFORMATION, values(AnswerField.OFFENCES, "Немає"), 20, true)).hasSize(1);
        assertThat(Answers.check(RequestKind.SCHOOL_CHARACTERISATION, values(AnswerField.BEHAVIOUR, "Чернетка"), 20, false)).hasSize(1);
    }

    @Test
    void fields_of_another_kind_are_not_taken() {
        assertThat(Answers.check(RequestKind.HEALTH_INFORMATION,
                values(AnswerField.OFFENCES, "x", AnswerField.VACCINATIONS, "UP_TO_DATE"), 20, false))
                .containsOnlyKeys(AnswerField.VACCINATIONS);
    }

    @Test
    void the_form_shows_the_sections_that_answer_the_questions_asked() {
        assertThat(AnswerField.answering(RequestKind.SCHOOL_CHARACTERISATION, EnumSet.of(RequestQuestion.ATTENDANCE)))
                .containsExactly(AnswerField.DAYS_MISSED_EXCUSED, AnswerField.DAYS_MISSED_UNEXCUSED, AnswerField.PREPARED_BY_ROLE,
                        AnswerField.PREPARED_BY_NAME, AnswerField.SIGNED_BY, AnswerField.FREE_TEXT);
        assertThat(AnswerField.answering(RequestKind.POLICE_INFORMATION, Set.of())).isEqualTo(AnswerField.of(RequestKind.POLICE_INFORMATION));
        for (RequestQuestion q : RequestQuestion.values()) {
            assertThat(AnswerField.of(q.kind())).as("a field answers %s", q).anyMatch(f -> f.section().equals(q.section()));
        }
    }
}
