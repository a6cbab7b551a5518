package org.consilium.plan;

import org.consilium.base.BusinessException;

/** Checks a text a user typed for a field of the plan: trimmed, required or not, not too long. */
final class Texts {

    private Texts() {
    }

    static String check(String field, String value, int max, boolean required) {
        String v = value == null ? "" : value.strip();
        if (required && v.isEmpty()) {
            throw BusinessException.atField(field, "validation.required");
        }
        if (v.length() > max) {
            throw BusinessException.atField(field, "validation.maxLength", max);
        }
        return v.isEmpty() ? null : v;
    }
}
