package org.consilium.referral;

/** Whether intake reached the family while verifying a referral. */
public enum FamilyContact {
    /** Spoken to (by phone, at a visit, in the office); the day of the contact is kept. */
    REACHED,
    /** Tried, but no answer, a wrong address or number. */
    NOT_REACHED,
    /** Not tried (yet), e.g. when contacting the family first could put a child at risk. */
    NOT_TRIED;

    public String messageKey() {
        return "referral.verification.contact." + name();
    }
}
