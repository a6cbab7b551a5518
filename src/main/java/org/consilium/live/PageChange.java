package org.consilium.live;

import java.io.Serializable;
import java.time.Instant;

/**
 * Something an open page may have to show again: on which topic, about which case (to check the reader
 * may still see it), who did it and what, as a message key the page words in its reader's language.
 * It carries no record's content: a page reads what changed through its services, which check access.
 *
 * @param topic     what changed, e.g. {@link Topics#ofCase(long)}
 * @param caseId    the case it belongs to, or {@code null} for none
 * @param actor     the user name of who changed it
 * @param actorName their full name, for the note
 * @param whatKey   a message key with the actor's name as {@code {0}}, e.g. {@code live.task.done}
 * @param at        when it changed
 */
public record PageChange(String topic, Long caseId, String actor, String actorName, String whatKey, Instant at)
        implements Serializable {
}
