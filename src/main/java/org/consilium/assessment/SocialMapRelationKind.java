package org.consilium.assessment;

/** How two members of the family get on, as the social map draws the line between them. */
public enum SocialMapRelationKind {
    CLOSE, DISTANT, CONFLICT, VIOLENCE;

    public String messageKey() {
        return "socialMap.relation.kind." + name();
    }
}
