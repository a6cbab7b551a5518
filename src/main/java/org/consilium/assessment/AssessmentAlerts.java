package org.consilium.assessment;

import java.util.List;
import org.consilium.casefile.CaseAlerts;
import org.consilium.casefile.CaseOperation;
import org.consilium.casefile.CaseService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises "the child is not safe now" on the case's header while the case's latest assessment says so,
 * for the staff who may read its internal records, with a link to the safety plan.
 */
@Component
class AssessmentAlerts implements CaseAlerts {

    private final AssessmentRepository assessments;
    private final CaseService cases;

    AssessmentAlerts(AssessmentRepository assessments, CaseService cases) {
        this.assessments = assessments;
        this.cases = cases;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Alert> alertsOf(long caseId) {
        if (cases.contextsIfAllowed(List.of(caseId), CaseOperation.READ_INTERNAL).isEmpty()) {
            return List.of();
        }
        return assessments.latestOf(List.of(caseId)).stream()
                .filter(a -> a.getSafety() == ChildSafety.NOT_SAFE)
                .map(a -> new Alert("assessment.alert.notSafe", List.of(a.getSafetyActions() == null ? ""
                        : a.getSafetyActions()), "assessment/" + caseId + "?tab=domains"))
                .toList();
    }
}
