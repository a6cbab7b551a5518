package org.consilium.assessment;

/** Who a person or service in the family's surroundings is. */
public enum SocialMapContactKind {
    RELATIVE, NEIGHBOUR, FRIEND, SCHOOL, HEALTH, SOCIAL_SERVICE, POLICE, COMMUNITY;

    public String messageKey() {
        return "socialMap.contact.kind." + name();
    }
}
