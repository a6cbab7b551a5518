package org.consilium.meeting;

import java.time.Instant;
import java.util.List;

/**
 * One meeting as its reader may see it: what, when, where, who chairs it; the participants and their
 * answers for those who organise it, otherwise only the reader's own answer; {@code held} once a
 * meeting not called off is over.
 */
public record MeetingSheet(long id, long version, MeetingKind kind, String title, Instant startsAt, Instant endsAt,
                           String place, String onlineLink, String chairName, MeetingStatus status, Long caseId,
                           String familyName, List<Invited> invited, Response myAnswer, boolean answerable,
                           boolean organiser, boolean held) {

    /** A participant and their answer. */
    public record Invited(Participant.Kind kind, String name, String email, Response response) {
    }
}
