package org.consilium.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How much a plan asks of the family in a week: more open tasks due in one week than it can carry overloads it (seed 001). */
final class FamilyLoad {

    /** More open family tasks due in one week than this overloads the family. */
    static final int TASKS_PER_WEEK = 3;

    private FamilyLoad() {
    }

    /** Weeks (by their Monday) in which more of the family's open tasks fall due than it can carry, and how many. */
    static Map<LocalDate, Integer> overloadedWeeks(List<PlanTask> tasks) {
        Map<LocalDate, Integer> perWeek = new TreeMap<>();
        for (PlanTask t : tasks) {
            if (t.getSide() == TaskSide.FAMILY && t.getStatus().isOpen()) {
                perWeek.merge(t.getDueOn().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), 1, Integer::sum);
            }
        }
        perWeek.values().removeIf(n -> n <= TASKS_PER_WEEK);
        return perWeek;
    }
}
