package org.consilium.family;

public enum Sex {
    FEMALE, MALE;

    public String messageKey() {
        return "family.sex." + name();
    }
}
