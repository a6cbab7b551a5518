package org.consilium.assessment;

/** What an assessment version is: the first one of the case, the in-depth one, or a later re-assessment. */
public enum AssessmentKind {
    INITIAL, IN_DEPTH, RE_ASSESSMENT;

    public String messageKey() {
        return "assessment.kind." + name();
    }
}
