package org.consilium.referral;

/** The areas of a difficult life situation a referral names (seed 003). */
public enum ProblemArea {
    ECONOMIC, LEGAL, SOCIAL, PSYCHOLOGICAL, MEDICAL, PEDAGOGICAL;

    public String messageKey() {
        return "referral.problem." + name();
    }
}
