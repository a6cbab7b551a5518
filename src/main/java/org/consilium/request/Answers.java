package org.consilium.request;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.consilium.base.BusinessException;

/**
 * The rules of an answer's fields: what each type accepts, that days missed fit in the period's
 * school days, and what a submitted answer must hold. A refusal names the field; nothing is kept of
 * an answer that breaks a rule.
 */
final class Answers {

    /** Fields that say who wrote the answer, not what it says. */
    private static final Set<AnswerField> SIGNATURE = EnumSet.of(AnswerField.PREPARED_BY_ROLE,
            AnswerField.PREPARED_BY_NAME, AnswerField.SIGNED_BY);

    private static final int WHOLE_NUMBER_MAX = 999;

    private Answers() {
    }

    /**
     * The values of a kind's form, stripped and checked; empty values are left out.
     *
     * @param schoolDays the school days of the request's period, which days missed cannot exceed
     * @param submitting whether the answer is being submitted (then it must say something, and a
     *                   school's characterisation must say who prepared and signed it)
     */
    static Map<AnswerField, String> check(RequestKind kind, Map<AnswerField, String> raw, int schoolDays,
                                          boolean submitting) {
        Map<AnswerField, String> out = new EnumMap<>(AnswerField.class);
        for (AnswerField field : AnswerField.of(kind)) {
            String value = raw.get(field) == null ? "" : raw.get(field).strip();
            if (!value.isEmpty()) {
                out.put(field, checked(field, value));
            }
        }
        int missed = count(out, AnswerField.DAYS_MISSED_EXCUSED) + count(out, AnswerField.DAYS_MISSED_UNEXCUSED);
        if (missed > schoolDays) {
            throw BusinessException.atField(AnswerField.DAYS_MISSED_UNEXCUSED.fieldName(), "request.answer.daysMissed.tooMany",
                    schoolDays);
        }
        if (submitting) {
            if (out.keySet().stream().allMatch(SIGNATURE::contains)) {
                throw BusinessException.atField(AnswerField.FREE_TEXT.fieldName(), "request.answer.empty");
            }
            if (kind == RequestKind.SCHOOL_CHARACTERISATION) {
                for (AnswerField f : SIGNATURE) {
                    if (!out.containsKey(f)) {
                        throw BusinessException.atField(f.fieldName(), "validation.required");
                    }
                }
            }
        }
        return out;
    }

    /** Days missed in all (with and without a valid reason), if the answer gives them. */
    static Integer daysMissed(Map<AnswerField, String> answer) {
        if (!answer.containsKey(AnswerField.DAYS_MISSED_EXCUSED) && !answer.containsKey(AnswerField.DAYS_MISSED_UNEXCUSED)) {
            return null;
        }
        return count(answer, AnswerField.DAYS_MISSED_EXCUSED) + count(answer, AnswerField.DAYS_MISSED_UNEXCUSED);
    }

    private static int count(Map<AnswerField, String> values, AnswerField field) {
        String v = values.get(field);
        return v == null ? 0 : Integer.parseInt(v);
    }

    private static String checked(AnswerField field, String value) {
        return switch (field.type()) {
            case WHOLE_NUMBER -> {
                if (!value.matches("\\d{1,3}") || Integer.parseInt(value) > WHOLE_NUMBER_MAX) {
                    throw BusinessException.atField(field.fieldName(), "request.answer.wholeNumber");
                }
                yield String.valueOf(Integer.parseInt(value));
            }
            case MARK -> {
                BigDecimal mark = mark(value);
                if (mark == null || mark.compareTo(BigDecimal.ONE) < 0 || mark.compareTo(BigDecimal.valueOf(12)) > 0
                        || mark.scale() > 1) {
                    throw BusinessException.atField(field.fieldName(), "request.answer.mark");
                }
                yield mark.toPlainString();
            }
            case CHOICE -> {
                if (!field.options().contains(value)) {
                    throw BusinessException.atField(field.fieldName(), "request.answer.choice");
                }
                yield value;
            }
            case TEXT -> limited(field, value, AnswerField.TEXT_MAX);
            case LONG_TEXT -> limited(field, value, AnswerField.LONG_TEXT_MAX);
        };
    }

    private static BigDecimal mark(String value) {
        try {
            return new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String limited(AnswerField field, String value, int max) {
        if (value.length() > max) {
            throw BusinessException.atField(field.fieldName(), "validation.maxLength", max);
        }
        return value;
    }
}
