package org.consilium.request;

import java.time.Instant;

/**
 * Something happened to an information request. Published inside the change's transaction and
 * delivered after the commit from the event publication registry (decision 0029).
 *
 * @param kind           what happened
 * @param requestId      the request
 * @param caseId         its case
 * @param familyName     the family it is about, which its addressees read on the request
 * @param agencyId       the addressed agency
 * @param addresseeRole  the role its addressees hold there ({@code null}: any partner role)
 * @param assignee       the colleague it was handed to, if any (user name)
 * @param sender         who sent it (user name)
 * @param actor          who did it (user name)
 * @param actorName      their full name
 * @param at             when
 */
public record RequestActivity(Kind kind, long requestId, long caseId, String familyName, long agencyId, String addresseeRole,
                              String assignee, String sender, String actor, String actorName, Instant at) {

    /** What happened. */
    public enum Kind {
        SENT, SAVED, ANSWERED, DECLINED, QUESTION, REPLY, ADDENDUM, HANDED_OVER, SHARED, OVERDUE;

        /** The note a page shows, with the actor's name as {0}. */
        public String liveKey() {
            return "live.request." + name();
        }
    }
}
