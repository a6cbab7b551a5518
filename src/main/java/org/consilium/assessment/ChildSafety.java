package org.consilium.assessment;

/** The answer to "is the child safe now?": required before an assessment is completed. */
public enum ChildSafety {
    SAFE, NOT_SAFE;

    public String messageKey() {
        return "assessment.safety." + name();
    }
}
