package org.consilium.casefile;

import java.util.EnumSet;
import java.util.Set;
import org.consilium.base.BusinessException;

/**
 * The supervisor's decision: the support level, the case-management model, which of seed 002's
 * criteria are met, and a comment for the timeline. The curator is chosen alongside.
 */
public record CaseDecision(SupportLevel level, CaseModel model, Set<DecisionCriterion> criteria, String comment) {

    public CaseDecision {
        criteria = criteria == null || criteria.isEmpty() ? EnumSet.noneOf(DecisionCriterion.class) : EnumSet.copyOf(criteria);
    }

    void check() {
        if (level == null) {
            throw BusinessException.atField("level", "validation.required");
        }
        if (model == null) {
            throw BusinessException.atField("model", "validation.required");
        }
        if (criteria.isEmpty()) {
            throw BusinessException.atField("criteria", "case.criteria.required");
        }
    }
}
