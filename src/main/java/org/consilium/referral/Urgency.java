package org.consilium.referral;

import java.time.Duration;

/**
 * How soon a referral must be answered (seed 001: triage spreads the load and lets emergencies go
 * first). Each level has a response target, which the administrator may change; these are the
 * defaults.
 */
public enum Urgency {
    EMERGENCY(Duration.ofHours(24)),
    URGENT(Duration.ofDays(3)),
    ROUTINE(Duration.ofDays(10));

    private final Duration defaultTarget;

    Urgency(Duration defaultTarget) {
        this.defaultTarget = defaultTarget;
    }

    public Duration defaultTarget() {
        return defaultTarget;
    }

    /** Lower comes first in the triage queue. */
    public int rank() {
        return ordinal();
    }

    public String messageKey() {
        return "referral.urgency." + name();
    }
}
