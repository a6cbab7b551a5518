package org.consilium.casefile;

/** What a follow-up contact after closure found: whether the results of the work held. */
public enum FollowUpResult {
    HELD, PARTLY_HELD, NOT_HELD;

    public String messageKey() {
        return "followUp.result." + name();
    }
}
