package org.consilium.base;

/**
 * An argument of a message that is itself a message key (a status, a stage), translated into the
 * reader's language when the message is shown.
 */
public record MessageKey(String key) {
}
