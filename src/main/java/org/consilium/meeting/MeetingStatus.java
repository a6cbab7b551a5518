package org.consilium.meeting;

/** Where a meeting stands. */
public enum MeetingStatus {
    SCHEDULED, CANCELLED;

    public String messageKey() {
        return "meeting.status." + name();
    }
}
