package org.consilium.dashboard;

/**
 * A figure of a dashboard, which opens the list of what it counts ({@link DashboardLists}); its key (a
 * curator, a stage and level, an agency, a month and reason, a status) narrows it. Each figure is
 * counted and listed from the same conditions, so that a list always holds as many rows as its figure.
 */
public enum Figure {
    /** A stage and support level of the team's open cases; key {@code STAGE:LEVEL}. */
    TEAM_STAGE_LEVEL,
    /** The team's open tasks past their due date in plans in force, of an agency (key its id, or 0: the family). */
    TEAM_OVERDUE_TASKS,
    /** The team's open information requests past their due date, to an agency (key its id). */
    TEAM_OVERDUE_REQUESTS,
    /** The team's cases closed in a month for a reason; key {@code YYYY-MM:REASON}. */
    TEAM_CLOSED,
    /** The team's follow-up contacts that found the results did not hold (key NOT_HELD) or held partly (PARTLY_HELD). */
    TEAM_FOLLOW_UPS,
    /** Referrals received in the last days of an urgency (key the urgency). */
    REFERRALS_RECEIVED,
    /** Referrals received in the last days of an urgency (key the urgency) that waited past their target. */
    REFERRALS_LATE,
    /** The curator's open cases whose stage's work is overdue. */
    MY_STAGE_OVERDUE,
    /** Open tasks past their due date in the curator's cases. */
    MY_TASKS_OVERDUE,
    /** Open information requests past their due date in the curator's cases. */
    MY_REQUESTS_OVERDUE,
    /** What is due in the curator's cases in the coming seven days. */
    MY_WEEK,
    /** The agency's open information requests by status (key the status). */
    AGENCY_REQUESTS,
    /** The agency's tasks in plans in force by status (key the status). */
    AGENCY_TASKS,
    /** The agency's information requests answered in the last days. */
    AGENCY_ANSWERED;

    public String messageKey() {
        return "dashboard.figure." + name();
    }
}
