package org.consilium.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A case's plan as another module links to it ({@link PlanReader#current}): which version, until
 * when it runs, and its goals.
 */
public record CurrentPlan(long planId, LocalDate endsOn, List<GoalRef> goals) {
}
