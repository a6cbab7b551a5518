package org.consilium.meeting;

/** What a meeting is for (seed 003). */
public enum MeetingKind {
    /** One family: its curator, the agencies taking part, the family invited. */
    CASE_CONFERENCE,
    /** The standing territorial group: several cases on the agenda. */
    TERRITORIAL_GROUP,
    /** One family's closing meeting, announced in advance; the family speaks first. */
    CLOSING;

    /** Whether the meeting is about one case. */
    public boolean aboutOneCase() {
        return this != TERRITORIAL_GROUP;
    }

    public String messageKey() {
        return "meeting.kind." + name();
    }
}
