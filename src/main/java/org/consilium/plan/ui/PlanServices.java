package org.consilium.plan.ui;

import java.time.Clock;
import java.time.LocalDate;
import org.consilium.assessment.AssessmentSummaries;
import org.consilium.plan.PlanLookups;
import org.consilium.plan.PlanReader;
import org.consilium.plan.PlanService;
import org.consilium.plan.ProposalService;
import org.consilium.plan.TaskWorkService;

/** The plan's services, for the parts of the plan page that each act through some of them. */
record PlanServices(PlanService plans, PlanReader reader, TaskWorkService work, ProposalService proposals,
                    PlanLookups lookups, Clock clock, AssessmentSummaries assessments, LiveEditing editing) {

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
