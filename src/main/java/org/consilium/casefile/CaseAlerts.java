package org.consilium.casefile;

import java.util.List;

/**
 * Warnings other modules raise on a case's header for its social-services staff (a child not safe now,
 * with the safety plan to follow), as Spring beans: the case page shows them under the header. The
 * module checks access through {@link CaseService} as for its other reads.
 */
public interface CaseAlerts {

    /** The warnings about one case, for a reader of the case page. */
    List<Alert> alertsOf(long caseId);

    /** One warning: a message key and its arguments (translated for the reader) and the address to act on it. */
    record Alert(String messageKey, List<String> args, String route) {

        public Alert {
            args = args == null ? List.of() : List.copyOf(args);
        }
    }
}
