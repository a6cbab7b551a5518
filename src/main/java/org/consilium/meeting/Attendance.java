package org.consilium.meeting;

/** Whether someone invited came to the meeting. */
public enum Attendance {
    PRESENT, ABSENT, EXCUSED;

    public String messageKey() {
        return "meeting.attendance." + name();
    }
}
