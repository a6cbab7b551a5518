package org.consilium.meeting;

import java.time.Instant;
import java.util.List;

/**
 * Something happened to a meeting. Published inside the change's transaction and delivered after the
 * commit from the event publication registry (decision 0029).
 *
 * @param kind       what happened
 * @param meetingId  the meeting
 * @param title      its title, which everyone invited reads
 * @param caseId     the case it is about, or the case a decision was about; {@code null} for none
 * @param familyName that case's family
 * @param userIds    the users invited by name
 * @param agencyIds  the agencies invited as a whole
 * @param familyId   the family whose members are invited, or {@code null}
 * @param actor      who did it (user name)
 * @param actorName  their full name
 * @param at         when
 */
public record MeetingActivity(Kind kind, long meetingId, String title, Long caseId, String familyName, List<Long> userIds,
                              List<Long> agencyIds, Long familyId, String actor, String actorName, Instant at) {

    public MeetingActivity {
        userIds = userIds == null ? List.of() : List.copyOf(userIds);
        agencyIds = agencyIds == null ? List.of() : List.copyOf(agencyIds);
    }

    /** What happened. */
    public enum Kind {
        INVITED, CHANGED, CANCELLED, RESPONDED,
        /** The room's record changed: attendance, minutes, the family's view, inconsistencies, the final minutes. */
        ROOM,
        /** A decision was recorded about a case. */
        DECIDED;

        /** The note a page shows, with the actor's name as {0}. */
        public String liveKey() {
            return "live.meeting." + name();
        }
    }
}
