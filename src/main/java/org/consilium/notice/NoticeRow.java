package org.consilium.notice;

import java.time.Instant;

/**
 * A notice as the bell lists it: the message key and its arguments ({0} who, {1} the family or
 * {@code null} if the reader may not see it), what it is about, where to look, when, and whether read.
 */
public record NoticeRow(long id, String messageKey, String actorName, String familyName, String subject, String link,
                        Instant at, boolean read) {

    static NoticeRow of(Notice n) {
        return new NoticeRow(n.getId(), n.messageKey(), n.getActorName(), n.getFamilyName(), n.getSubject(), n.getLink(),
                n.getCreatedAt(), n.getReadAt() != null);
    }
}
