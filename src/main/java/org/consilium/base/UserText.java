package org.consilium.base;

/** Checks a text a user typed for a field: trimmed, required or not, not too long. */
public final class UserText {

    private UserText() {
    }

    public static String check(String field, String value, int max, boolean required) {
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
