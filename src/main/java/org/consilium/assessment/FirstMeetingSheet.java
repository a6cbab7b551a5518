package org.consilium.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case's first meeting as it is read: for its tab, and for the rest of the assessment (the needs the
 * family named are offered when the plan's goals are written).
 *
 * @param familyPresent the names of the family's members who took part, as they were recorded
 * @param memberIds     their ids, in the same order
 * @param namedNeeds    the needs the family named, one each ({@link FirstMeeting#namedNeeds})
 * @param changedAt     when it was last changed after it was recorded, or {@code null}
 */
public record FirstMeetingSheet(long id, long version, long caseId, LocalDate metOn, String place,
                                List<String> familyPresent, List<Long> memberIds, String otherParticipants,
                                String needs, List<String> namedNeeds, FirstMeetingMotivation motivation,
                                String motivationNote, Instant recordedAt, String recordedByName,
                                Instant changedAt, String changedByName) {

    public FirstMeetingSheet {
        familyPresent = List.copyOf(familyPresent);
        memberIds = List.copyOf(memberIds);
        namedNeeds = List.copyOf(namedNeeds);
    }
}
