package org.consilium.plan;

import org.consilium.casefile.CaseStage;

/**
 * Where the family stands with its plan, in the words the family's pages use to say what it can do
 * now and what happens next (seed 002: equal access). Read from the newest version the family may see
 * and the stage of its case: the family does not see a draft before it is offered, so until then the
 * plan is being written (decision 0041).
 */
public enum FamilyStep {

    /** No version for the family yet: the social worker writes the plan with the family. */
    DRAFTING,
    /** A draft offered to the family waits for its agreement. */
    AWAITING_AGREEMENT,
    /** The family agreed; the supervisor checks the plan and the curator puts it in force. */
    AGREED,
    /** The plan is in force and its tasks are worked. */
    IN_PROGRESS,
    /** The plan is looked at again: at a progress review, or after it ended while the case goes on. */
    UNDER_REVIEW,
    /** The case is closed, or only followed up after closure. */
    CLOSED;

    /**
     * The step of a family whose case is in {@code stage} and whose newest version it may see has
     * {@code latest} status ({@code null}: none yet).
     */
    public static FamilyStep of(CaseStage stage, PlanStatus latest) {
        if (!stage.isOpen()) {
            return CLOSED;
        }
        if (latest == null) {
            return DRAFTING;
        }
        return switch (latest) {
            case DRAFT -> AWAITING_AGREEMENT;
            case AGREED, APPROVED -> AGREED;
            // A revision the family has not been offered yet does not stop the plan in force.
            case ACTIVE -> stage == CaseStage.REVIEW ? UNDER_REVIEW : IN_PROGRESS;
            case COMPLETED, REPLACED -> stage == CaseStage.PLANNING ? DRAFTING : UNDER_REVIEW;
        };
    }

    /** The step as a family member's plan page opens it. */
    public static FamilyStep of(PlanOverview overview) {
        return of(overview.caseContext().stage(), overview.current().map(PlanOverview.Version::status).orElse(null));
    }

    /** What the family can do now, in the family's words. */
    public String nowKey() {
        return "family.now." + name();
    }

    /** What happens next. */
    public String nextKey() {
        return "family.next." + name();
    }
}
