package org.consilium.casefile;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Something happened to a case. Published inside the change's transaction and delivered after the
 * commit from the event publication registry (decision 0029).
 *
 * @param kind          what happened
 * @param caseId        the case
 * @param familyName    its family
 * @param curatorId     its curator now
 * @param teamAgencyId  the agency whose team works it (its supervisors)
 * @param formerCurator the curator before a change of curator, or {@code null}
 * @param agencyId      the partner agency a change of sharing is about, or {@code null}
 * @param stage         the case's stage
 * @param dueOn         the date its stage's work is due, or {@code null}
 * @param actor         who did it (user name)
 * @param actorName     their full name
 * @param at            when
 */
public record CaseActivity(Kind kind, long caseId, String familyName, long curatorId, long teamAgencyId, Long formerCurator,
                           Long agencyId, CaseStage stage, LocalDate dueOn, String actor, String actorName, Instant at) {

    /** What happened. */
    public enum Kind {
        OPENED, MOVED, DUE_CHANGED, DECIDED, CURATOR_CHANGED, CLOSED,
        /** Who the case is shared with changed: a participant, a consent, an override renewed or withdrawn. */
        SHARING,
        /** A partner agency was let in without the family's consent: the supervisors review it. */
        OVERRIDE_GRANTED,
        /** Found by the morning check: the work of the case's stage (a review, a follow-up contact) is due. */
        STAGE_DUE;

        /** The note a page shows, with the actor's name as {0}. */
        public String liveKey() {
            return "live.case." + name();
        }
    }
}
