package org.consilium.casefile;

import java.util.EnumSet;
import java.util.Set;
import org.consilium.base.BusinessException;

/**
 * The supervisor's decision: the support level, the case-management model, which of seed 002's
 * criteria are met, and a comment for the timeline. The curator is chosen alongside.
 */
public record CaseDecision(SupportLevel level, CaseModel model, Set<DecisionCriterion> criteria, String comment) {

    /** The names of the decision's fields, by which a refusal points at one of them. */
    public static final String LEVEL = "level";
    public static final String MODEL = "model";
    public static final String CRITERIA = "criteria";
    public static final String COMMENT = "comment";
    /** The curator chosen alongside the decision when a case opens. */
    public static final String CURATOR = "curator";

    public CaseDecision {
        criteria = criteria == null || criteria.isEmpty() ? EnumSet.noneOf(DecisionCriterion.class) : EnumSet.copyOf(criteria);
    }

    void check() {
        if (level == null) {
            throw BusinessException.atField(LEVEL, "validation.required");
        }
        if (model == null) {
            throw BusinessException.atField(MODEL, "validation.required");
        }
        if (criteria.isEmpty()) {
            throw BusinessException.atField(CRITERIA, "case.criteria.required");
        }
    }
}
