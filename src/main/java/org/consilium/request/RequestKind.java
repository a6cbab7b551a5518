package org.consilium.request;

import org.consilium.agency.AgencyType;

/**
 * What an information request asks for, and which kind of agency answers it. {@code OTHER} may go to
 * any partner agency.
 */
public enum RequestKind {
    SCHOOL_CHARACTERISATION(AgencyType.SCHOOL),
    POLICE_INFORMATION(AgencyType.POLICE),
    HEALTH_INFORMATION(AgencyType.HEALTH),
    OTHER(null);

    private final AgencyType agencyType;

    RequestKind(AgencyType agencyType) {
        this.agencyType = agencyType;
    }

    /** The type of agency that answers this kind, or {@code null} for any partner agency. */
    public AgencyType agencyType() {
        return agencyType;
    }

    /** Whether an agency of this type may be asked this kind of request. */
    public boolean fits(AgencyType type) {
        return type != AgencyType.SOCIAL_SERVICES && (agencyType == null || agencyType == type);
    }

    public String messageKey() {
        return "request.kind." + name();
    }
}
