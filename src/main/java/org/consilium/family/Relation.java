package org.consilium.family;

/** How a member belongs to the family. */
public enum Relation {
    MOTHER, FATHER, GUARDIAN, GRANDPARENT, OTHER_ADULT, CHILD, OTHER_CHILD;

    public boolean isChild() {
        return this == CHILD || this == OTHER_CHILD;
    }

    /** A parent by birth, who cannot be younger than their child. */
    public boolean isBirthParent() {
        return this == MOTHER || this == FATHER;
    }

    public String messageKey() {
        return "family.relation." + name();
    }
}
