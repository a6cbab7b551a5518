package org.consilium.assessment;

/** An assessment is written while in progress; once completed it is kept as it was and read only. */
public enum AssessmentStatus {
    IN_PROGRESS, COMPLETED;

    public String messageKey() {
        return "assessment.status." + name();
    }
}
