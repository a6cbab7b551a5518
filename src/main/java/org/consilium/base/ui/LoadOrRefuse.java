package org.consilium.base.ui;

import com.vaadin.flow.router.BeforeEvent;
import java.util.Optional;
import java.util.function.Supplier;
import org.consilium.base.RecordNotFoundException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The first step of every view opened with a record's id in its address: load the record through its
 * service, and show the "no access" page when it does not exist or is not the user's to see. Both look
 * the same, so an address with someone else's id tells nothing about what is behind it.
 */
public final class LoadOrRefuse {

    private LoadOrRefuse() {
    }

    /** The record, or empty after sending the user to the "no access" page. */
    public static <T> Optional<T> load(BeforeEvent event, Supplier<Optional<T>> load) {
        Optional<T> found;
        try {
            found = load.get();
        } catch (AccessDeniedException | RecordNotFoundException e) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
        }
        return found;
    }
}
