package org.consilium.plan;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a version of a family plan stands. A draft is written by the curator and offered to the
 * family; the family's acknowledgement (in the portal, or a signature on paper the curator records)
 * makes it AGREED; the supervisor's approval APPROVED; the curator starts it (ACTIVE) and completes
 * it. A revision starts as a new draft; once it becomes active, the version it revised is REPLACED.
 */
public enum PlanStatus {
    DRAFT, AGREED, APPROVED, ACTIVE, COMPLETED, REPLACED;

    /** The versions a family sees: those it has agreed to, and what followed. */
    public static final Set<PlanStatus> AGREED_OR_LATER = EnumSet.of(AGREED, APPROVED, ACTIVE, COMPLETED, REPLACED);

    /** Whether a version in this status is still on its way to being worked (a case has at most one). */
    public boolean isInPreparation() {
        return this == DRAFT || this == AGREED || this == APPROVED;
    }

    /** Whether a version in this status is in preparation or in force: a case has at most one of each. */
    public boolean isCurrent() {
        return isInPreparation() || this == ACTIVE;
    }

    public String messageKey() {
        return "plan.status." + name();
    }
}
