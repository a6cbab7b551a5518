package org.consilium.agency;

/** The kind of organisation an agency is; partner agencies are the "subjects of prevention". */
public enum AgencyType {
    SOCIAL_SERVICES, SCHOOL, POLICE, HEALTH, OTHER;

    /** Message key of the type's name. */
    public String messageKey() {
        return "agency.type." + name();
    }
}
