package org.consilium.meeting;

/** What an agenda item is about: the work that waits for a group decision, or anything else. */
public enum Topic {
    /** A verified referral: open a case for the family, or decline it. */
    REFERRAL,
    /** A case at the decision stage: open it, and at what level. */
    DECISION,
    /** A plan the family agreed to, waiting for approval. */
    PLAN_APPROVAL,
    /** A case at review. */
    REVIEW,
    /** A case whose stage is past its due date. */
    OVERDUE,
    /** An emergency override no supervisor has reviewed. */
    OVERRIDE_REVIEW,
    /** A case whose curator can no longer work it: a new curator is to be assigned. */
    CURATOR_CHANGE,
    /** A case proposed for closure. */
    CLOSURE,
    /** Anything the chair adds. */
    OTHER;

    public String messageKey() {
        return "meeting.topic." + name();
    }
}
