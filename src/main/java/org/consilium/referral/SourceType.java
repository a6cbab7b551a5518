package org.consilium.referral;

/** Who brought the referral. */
public enum SourceType {
    AGENCY, PERSON, FAMILY_ITSELF;

    public String messageKey() {
        return "referral.source." + name();
    }
}
