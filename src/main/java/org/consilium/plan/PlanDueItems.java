package org.consilium.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.consilium.casefile.CaseDueItems;
import org.springframework.stereotype.Component;

/** The plan's part of a case's "next due": its earliest open task with a due date, in the plan in force. */
@Component
class PlanDueItems implements CaseDueItems {

    private final PlanReader plans;

    PlanDueItems(PlanReader plans) {
        this.plans = plans;
    }

    @Override
    public Optional<Item> earliestOf(long caseId) {
        return plans.inForce(caseId).flatMap(p -> p.goals().stream().flatMap(g -> g.tasks().stream())
                .filter(t -> t.status().isOpen() && t.dueOn() != null)
                .min(Comparator.comparing(PlanSheet.Task::dueOn))
                .map(t -> new Item(t.dueOn(), "case.due.task", List.of(t.description()))));
    }
}
