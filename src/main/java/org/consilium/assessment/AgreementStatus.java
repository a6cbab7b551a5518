package org.consilium.assessment;

/** Where a cooperation agreement stands on a given day. */
public enum AgreementStatus {
    /** Signed, not withdrawn, and not past the day it is valid until. */
    IN_FORCE,
    /** The family withdrew from it; it stays on record. */
    WITHDRAWN,
    /** Past the day it was valid until, without a withdrawal. */
    ENDED;

    public String messageKey() {
        return "assessment.agreement.status." + name();
    }
}
