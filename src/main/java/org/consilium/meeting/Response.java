package org.consilium.meeting;

/** A participant's answer to an invitation. */
public enum Response {
    NEEDS_ACTION, ACCEPTED, TENTATIVE, DECLINED;

    public String messageKey() {
        return "meeting.response." + name();
    }
}
