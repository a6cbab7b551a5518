package org.consilium.casefile;

/** Seed 002's criteria for applying case management. */
public enum DecisionCriterion {
    /** More than three problem requests that need long-term work. */
    MANY_PROBLEMS,
    /** Help needs resources of other organisations. */
    NEEDS_OTHER_ORGANISATIONS,
    /** The client cannot reach a vital service alone. */
    CANNOT_REACH_SERVICE_ALONE;

    public String messageKey() {
        return "case.criterion." + name();
    }
}
