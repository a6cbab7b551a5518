package org.consilium.referral;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral stands: NEW, being checked by intake (VERIFYING), VERIFIED (the check is recorded with
 * its outcome, and the referral waits for a decision), ACCEPTED (a case was opened for the family or the
 * referral joined the family's open case) or DECLINED (with a reason, perhaps redirected elsewhere).
 * Only a verified referral is decided on (decision 0025).
 */
public enum ReferralStatus {
    NEW, VERIFYING, VERIFIED, ACCEPTED, DECLINED;

    public Set<ReferralStatus> allowedMoves() {
        return switch (this) {
            case NEW -> EnumSet.of(VERIFYING, DECLINED);
            case VERIFYING -> EnumSet.of(VERIFIED, DECLINED);
            case VERIFIED -> EnumSet.of(ACCEPTED, DECLINED);
            case ACCEPTED, DECLINED -> EnumSet.noneOf(ReferralStatus.class);
        };
    }

    /** Still waiting for an answer, so it can be overdue. */
    public boolean isPending() {
        return this == NEW || this == VERIFYING || this == VERIFIED;
    }

    /** The statuses of referrals still waiting for an answer. */
    public static Set<ReferralStatus> pending() {
        return EnumSet.of(NEW, VERIFYING, VERIFIED);
    }

    public String messageKey() {
        return "referral.status." + name();
    }
}
