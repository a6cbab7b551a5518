package org.consilium.meeting;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a meeting decides about a case. Each kind but {@link #NOTE} is carried out through the rule that
 * already exists for it, by the one who records it and with their rights: a plan is approved only from
 * AGREED and by a supervisor, a curator only changed within the team and against the caseload norm.
 */
public enum DecisionKind {
    /** A decision in words, carried out by people (the minutes keep it). */
    NOTE,
    /** Approve the plan the family agreed to. */
    APPROVE_PLAN,
    /** Add a specialist's task to the plan in force, as an accepted proposal of that agency. */
    ADD_TASK,
    /** Ask for a revision of the plan in force: a new draft is prepared. */
    REVISE_PLAN,
    /** Open a case for the family of a verified referral: level, model, criteria and curator. */
    OPEN_FROM_REFERRAL,
    /** Decline a verified referral, with the reason and where the family was sent instead. */
    DECLINE_REFERRAL,
    /** Open support on a case at the decision stage: level, model and criteria. */
    OPEN_CASE,
    /** Decide not to open support on a case at the decision stage: it is closed with the reason. */
    DECLINE_CASE,
    /** Hand the case to another curator of the team. */
    CHANGE_CURATOR,
    /** Set the date of the next review. */
    NEXT_REVIEW,
    /** Close the case with its reason and outcome (the closing meeting's decision). */
    CLOSE_CASE;

    private static final Set<DecisionKind> WITHOUT_CASE = EnumSet.of(NOTE, OPEN_FROM_REFERRAL, DECLINE_REFERRAL);
    private static final Set<DecisionKind> SUPERVISORS = EnumSet.of(APPROVE_PLAN, OPEN_CASE, CHANGE_CURATOR,
            OPEN_FROM_REFERRAL, DECLINE_REFERRAL);
    private static final Set<DecisionKind> ON_REFERRAL = EnumSet.of(OPEN_FROM_REFERRAL, DECLINE_REFERRAL);

    /** Whether the decision needs the agenda item to name a case. */
    public boolean needsCase() {
        return !WITHOUT_CASE.contains(this);
    }

    /** Whether only a supervisor may take it (the rule it goes through is a supervisor's). */
    public boolean supervisorOnly() {
        return SUPERVISORS.contains(this);
    }

    /** Whether the decision needs the agenda item to name a verified referral. */
    public boolean needsReferral() {
        return ON_REFERRAL.contains(this);
    }

    /** The kinds a meeting may take on an item about a case, about a referral, or about neither. */
    public static Set<DecisionKind> forItem(boolean aboutCase, boolean aboutReferral) {
        if (aboutReferral) {
            return EnumSet.of(NOTE, OPEN_FROM_REFERRAL, DECLINE_REFERRAL);
        }
        if (aboutCase) {
            EnumSet<DecisionKind> kinds = EnumSet.allOf(DecisionKind.class);
            kinds.removeAll(ON_REFERRAL);
            return kinds;
        }
        return EnumSet.of(NOTE);
    }

    public String messageKey() {
        return "meeting.decision.kind." + name();
    }
}
