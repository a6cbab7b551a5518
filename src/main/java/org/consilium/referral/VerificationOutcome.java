package org.consilium.referral;

/** What the verification of a referral found about the concern it reported. */
public enum VerificationOutcome {
    CONFIRMED, PARTLY_CONFIRMED, NOT_CONFIRMED;

    public String messageKey() {
        return "referral.verification.outcome." + name();
    }
}
