package org.consilium.casefile;

/**
 * Why a case was closed, from a reference list (seeds 000, 003), so that outcomes can be counted; "other"
 * needs its own words. Cases closed before the list existed carry {@link #OTHER} with the text written then.
 */
public enum ClosureReason {
    /** The plan's goals were achieved. */
    GOALS_ACHIEVED,
    /** The family moved away from the territory. */
    FAMILY_MOVED,
    /** The family refused to cooperate. */
    REFUSED_COOPERATION,
    /** The family was transferred to another service. */
    TRANSFERRED,
    /** The child was placed outside the family. */
    CHILD_PLACED_OUTSIDE,
    /** The decision was not to support the family (a case declined at the decision stage). */
    NOT_TAKEN_ON,
    /** Another reason, written out. */
    OTHER;

    /** Whether the reason must be explained in words. */
    public boolean needsNote() {
        return this == OTHER;
    }

    public String messageKey() {
        return "case.closureReason." + name();
    }
}
