package org.consilium.casefile;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The ten stages of a case (../shared/DOMAIN.md, "The life of a case") and the moves allowed between
 * them. A case can be closed from every open stage; the loops are REVIEW back to PLANNING (a plan
 * revision) or to IN_DEPTH_ASSESSMENT (re-assessment), PLANNING back to IN_DEPTH_ASSESSMENT, and
 * FOLLOW_UP back to IN_DEPTH_ASSESSMENT when a closed case is reopened.
 */
public enum CaseStage {
    REFERRAL, VERIFICATION, INITIAL_ASSESSMENT, DECISION, IN_DEPTH_ASSESSMENT,
    PLANNING, IMPLEMENTATION, REVIEW, CLOSURE, FOLLOW_UP;

    private static final Map<CaseStage, Set<CaseStage>> MOVES = Map.of(
            REFERRAL, EnumSet.of(VERIFICATION, CLOSURE),
            VERIFICATION, EnumSet.of(INITIAL_ASSESSMENT, CLOSURE),
            INITIAL_ASSESSMENT, EnumSet.of(DECISION, CLOSURE),
            DECISION, EnumSet.of(IN_DEPTH_ASSESSMENT, CLOSURE),
            IN_DEPTH_ASSESSMENT, EnumSet.of(PLANNING, CLOSURE),
            PLANNING, EnumSet.of(IMPLEMENTATION, IN_DEPTH_ASSESSMENT, CLOSURE),
            IMPLEMENTATION, EnumSet.of(REVIEW, CLOSURE),
            REVIEW, EnumSet.of(PLANNING, IN_DEPTH_ASSESSMENT, IMPLEMENTATION, CLOSURE),
            CLOSURE, EnumSet.of(FOLLOW_UP),
            FOLLOW_UP, EnumSet.of(IN_DEPTH_ASSESSMENT));

    /** The stages this one may move to, in the order a user would expect them offered. */
    public Set<CaseStage> allowedMoves() {
        return EnumSet.copyOf(MOVES.get(this));
    }

    public boolean canMoveTo(CaseStage target) {
        return target != null && MOVES.get(this).contains(target);
    }

    /** Whether a case in this stage is still being worked (not closed or only followed up). */
    public boolean isOpen() {
        return this != CLOSURE && this != FOLLOW_UP;
    }

    /** Whether moving here from {@code from} reopens a closed case. */
    public static boolean isReopening(CaseStage from, CaseStage to) {
        return from == FOLLOW_UP && to == IN_DEPTH_ASSESSMENT;
    }

    /** Whether the family plan may be worked on in this stage: planning, implementation and review. */
    public boolean allowsPlanWork() {
        return this == PLANNING || this == IMPLEMENTATION || this == REVIEW;
    }

    public String messageKey() {
        return "case.stage." + name();
    }
}
