package org.consilium.assessment;

/** How ready the family is to work with the service, as the curator judged it at the first meeting. */
public enum FirstMeetingMotivation {
    HIGH, MODERATE, LOW, REFUSES;

    public String messageKey() {
        return "assessment.firstMeeting.motivation." + name();
    }
}
