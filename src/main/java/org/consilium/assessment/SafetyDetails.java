package org.consilium.assessment;

import java.time.LocalDate;

/**
 * The answer to "is the child safe now?" and, when not, the safety plan: who does what, by when, and
 * the emergency contacts.
 */
public class SafetyDetails {

    public static final String SAFETY = "safety";
    public static final String REASON = "reason";
    public static final String ACTIONS = "actions";
    public static final String DUE = "due";
    public static final String CONTACTS = "contacts";

    private ChildSafety safety;
    private String reason;
    private String actions;
    private LocalDate due;
    private String contacts;

    public static SafetyDetails of(AssessmentSheet s) {
        SafetyDetails d = new SafetyDetails();
        d.safety = s.safety();
        d.reason = s.safetyReason();
        d.actions = s.safetyActions();
        d.due = s.safetyDue();
        d.contacts = s.emergencyContacts();
        return d;
    }

    public ChildSafety getSafety() { return safety; }
    public void setSafety(ChildSafety safety) { this.safety = safety; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getActions() { return actions; }
    public void setActions(String actions) { this.actions = actions; }
    public LocalDate getDue() { return due; }
    public void setDue(LocalDate due) { this.due = due; }
    public String getContacts() { return contacts; }
    public void setContacts(String contacts) { this.contacts = contacts; }
}
