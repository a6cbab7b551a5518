package org.consilium.casefile;

import java.time.Instant;
import java.util.List;

/**
 * Entries of a case's timeline that other modules keep (a meeting's decisions on the case), as Spring
 * beans: the case page shows them among the case's own moves, newest first. The module checks access
 * through {@link CaseService} as for its other reads.
 */
public interface CaseTimelineNotes {

    /** The entries about one case. */
    List<Note> notesOf(long caseId);

    /**
     * One entry: when, by whom, what (a message key and its arguments, translated for the reader) and
     * the address of the record it links to, if any.
     */
    record Note(Instant at, String by, String messageKey, List<String> args, String route) {

        public Note {
            args = args == null ? List.of() : List.copyOf(args);
        }
    }
}
