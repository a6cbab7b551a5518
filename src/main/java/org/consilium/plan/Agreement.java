package org.consilium.plan;

/** How the family agreed to a plan: acknowledged in the portal, or signed on paper (recorded by the curator). */
public enum Agreement {
    PORTAL, PAPER;

    public String messageKey() {
        return "plan.agreement." + name();
    }
}
