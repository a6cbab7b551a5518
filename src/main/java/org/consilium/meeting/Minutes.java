package org.consilium.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A meeting's minutes as their reader may see them (decision 0022): those who keep them see and write
 * everything; a participant sees the items of families they may see, and of other families only the
 * summary the chair shared; a family member sees only the items about their own family, with the
 * decisions taken. {@code familyView} is the family's own word at a closing meeting.
 */
public record Minutes(long meetingId, long version, MeetingKind kind, String title, Instant startsAt, Instant endsAt,
                      String place, String chairName, String secretaryName, MeetingStatus status, Instant finalisedAt,
                      Long caseId, String familyName, Role role, boolean readerChairs, boolean begun, List<Attendee> attendance, String familyView,
                      List<Item> items, List<Addendum> addenda) {

    /** How the reader takes part in the minutes. */
    public enum Role {
        /** The chair, the secretary or a supervisor of the team: writes them while they are open. */
        KEEPER,
        /** A participant from an agency or the team. */
        PARTICIPANT,
        /** A member of the family the meeting is about. */
        FAMILY
    }

    /** How much of an item the reader may see. */
    public enum Visibility {
        /** The whole item: question, minutes, decisions, inconsistencies. */
        FULL,
        /** Only the summary the chair shared for this meeting. */
        SUMMARY,
        /** Nothing but that there is an item on a family the reader may not see. */
        HIDDEN
    }

    public boolean finalised() {
        return finalisedAt != null;
    }

    public boolean mayWrite() {
        return role == Role.KEEPER && !finalised() && status == MeetingStatus.SCHEDULED;
    }

    /** Whether who came, decisions, the family's view and finalising may be recorded now. */
    public boolean mayRecord() {
        return mayWrite() && begun;
    }

    public record Attendee(long participantId, Participant.Kind kind, String name, Response response,
                           Attendance attendance) {
    }

    public record Item(long id, long version, int position, Topic topic, Long caseId, String familyName, String question,
                       Visibility visibility, String minutes, String sharedSummary, List<Decision> decisions,
                       List<Issue> inconsistencies) {
    }

    /** A decision; {@code resultKey} says what carrying it out did and {@code resultRoute} where to see it. */
    public record Decision(long id, DecisionKind kind, String text, String resultKey, String resultRoute, Instant at,
                           String by) {
    }

    public record Issue(long id, long version, String description, String ownerName, LocalDate dueOn, boolean overdue,
                        Instant settledAt, String settlement, boolean maySettle) {
    }

    public record Addendum(String text, Instant at, String byName) {
    }
}
