package org.consilium.referral;

/** How the referral reached social services. */
public enum Channel {
    PORTAL, PHONE, LETTER, EMAIL, VISIT;

    public String messageKey() {
        return "referral.channel." + name();
    }
}
