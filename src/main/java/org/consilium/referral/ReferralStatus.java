package org.consilium.referral;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral stands: NEW, being VERIFIED, ACCEPTED (a case was opened for the family or the
 * referral joined the family's open case) or DECLINED (with a reason, perhaps redirected elsewhere).
 */
public enum ReferralStatus {
    NEW, VERIFYING, ACCEPTED, DECLINED;

    public Set<ReferralStatus> allowedMoves() {
        return switch (this) {
            case NEW -> EnumSet.of(VERIFYING, DECLINED);
            case VERIFYING -> EnumSet.of(ACCEPTED, DECLINED);
            case ACCEPTED, DECLINED -> EnumSet.noneOf(ReferralStatus.class);
        };
    }

    /** Still waiting for an answer, so it can be overdue. */
    public boolean isPending() {
        return this == NEW || this == VERIFYING;
    }

    public String messageKey() {
        return "referral.status." + name();
    }
}
