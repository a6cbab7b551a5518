package org.consilium.live;

/** The names of what pages watch: one place spells them, for publishers and pages alike. */
public final class Topics {

    private Topics() {
    }

    /** Everything of one case: its page, its plan, its requests and meetings. */
    public static String ofCase(long caseId) {
        return "case:" + caseId;
    }

    /** Who is on a case's plan page (presence); the plan's changes go to {@link #ofCase(long)}. */
    public static String ofPlan(long caseId) {
        return "plan:" + caseId;
    }

    /** The work of one agency, e.g. its "My tasks". */
    public static String ofAgency(long agencyId) {
        return "agency:" + agencyId;
    }

    /** One user's own things: their notifications and tasks. */
    public static String ofUser(long userId) {
        return "user:" + userId;
    }

    /** One meeting's room. */
    public static String ofMeeting(long meetingId) {
        return "meeting:" + meetingId;
    }

    /** One information request. */
    public static String ofRequest(long requestId) {
        return "request:" + requestId;
    }
}
