package org.consilium.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The earliest thing due on a case that another module keeps (an open task of the plan, an information
 * request awaiting its answer, the next meeting, the next step set at a contact), as Spring beans: the
 * case's "next due" is the earliest of these and the current stage's own due date (decision 0032). The
 * module reads through its own services, as the signed-in user may.
 */
public interface CaseDueItems {

    /** The module's earliest item due on the case, if any. */
    Optional<Item> earliestOf(long caseId);

    /** When it is due, and what it is (a message key with its arguments). */
    record Item(LocalDate dueOn, String messageKey, List<String> args) {

        public Item {
            args = args == null ? List.of() : List.copyOf(args);
        }
    }
}
