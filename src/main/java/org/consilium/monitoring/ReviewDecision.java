package org.consilium.monitoring;

import org.consilium.casefile.CaseStage;

/**
 * What a progress review decides (seed 000: the plan is reviewed as often as needed): go on with the
 * plan, revise it, assess the family again, or propose closing the case. Each but the last moves the
 * case to the stage that does it.
 */
public enum ReviewDecision {
    CONTINUE(CaseStage.IMPLEMENTATION),
    REVISE(CaseStage.PLANNING),
    REASSESS(CaseStage.IN_DEPTH_ASSESSMENT),
    PROPOSE_CLOSURE(CaseStage.REVIEW);

    private final CaseStage leadsTo;

    ReviewDecision(CaseStage leadsTo) {
        this.leadsTo = leadsTo;
    }

    /** The stage the case is in after the review. */
    public CaseStage leadsTo() {
        return leadsTo;
    }

    public String messageKey() {
        return "review.decision." + name();
    }
}
