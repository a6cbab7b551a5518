package org.consilium.plan;

/** The two columns of the plan (seed 003): what the family does, and what specialists do. */
public enum TaskSide {
    FAMILY, SPECIALIST;

    public String messageKey() {
        return "plan.side." + name();
    }
}
