package org.consilium.base;

/**
 * The record asked for does not exist (or no longer does). A page opened with its id shows the same
 * "no access" page as for a record the user may not see, so an id tells nothing about what is behind it.
 */
public class RecordNotFoundException extends BusinessException {

    public RecordNotFoundException() {
        super("error.notFound.record");
    }
}
