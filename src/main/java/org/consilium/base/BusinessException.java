package org.consilium.base;

import java.util.Arrays;
import java.util.Optional;

/**
 * A rule of the domain was broken. Carries a message key from the bundles (never a text), its
 * arguments, and optionally the name of the form field the message belongs to.
 */
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;
    private final String field;

    public BusinessException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private BusinessException(String field, String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** A broken rule that belongs to one field of a form. */
    public static BusinessException atField(String field, String messageKey, Object... arguments) {
        return new BusinessException(field, messageKey, arguments);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }

    public Optional<String> getField() {
        return Optional.ofNullable(field);
    }
}
