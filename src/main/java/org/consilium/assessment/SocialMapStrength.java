package org.consilium.assessment;

/** What a connection with the family's surroundings is worth to the family: support, or stress. */
public enum SocialMapStrength {
    STRONG, MODERATE, WEAK, STRESSFUL;

    public String messageKey() {
        return "socialMap.strength." + name();
    }
}
