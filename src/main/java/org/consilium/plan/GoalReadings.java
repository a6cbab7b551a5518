package org.consilium.plan;

import java.time.Clock;
import java.util.List;
import org.consilium.base.BusinessException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the figures reported for goals' indicators ({@link GoalIndicatorReported}). The only way a
 * reading is written: no view and no service method writes one, and the plan need not know who
 * reports (information requests do, from a module above this one). It listens synchronously, in the
 * publisher's transaction, so a refused figure rolls back what the publisher did with it. Whether the
 * publisher may report for the case is the publisher's to check; here the figure is checked against
 * the case's plan.
 */
@Component
class GoalReadings {

    private final ReadingRepository readings;
    private final PlanRepository plans;
    private final Clock clock;

    GoalReadings(ReadingRepository readings, PlanRepository plans, Clock clock) {
        this.readings = readings;
        this.plans = plans;
        this.clock = clock;
    }

    /**
     * Adds the figure, or changes the reading its source gave before. Refused when the goal is in no
     * version of the case's plan, and as {@link GoalReading#take} refuses.
     */
    @EventListener
    @Transactional
    void record(GoalIndicatorReported e) {
        List<FamilyPlan> versions = plans.ofCase(e.caseId());
        if (e.goalKey() == null || versions.stream().noneMatch(p -> p.goal(e.goalKey()).isPresent())) {
            throw new BusinessException("plan.readings.unknownGoal");
        }
        long familyId = versions.getFirst().getFamilyId();
        GoalReading earlier = readings.ofSource(e.sourceType(), e.sourceId()).orElse(null);
        if (earlier == null) {
            readings.saveAndFlush(new GoalReading(e.caseId(), familyId, e.sourceType(), e.sourceId(), e, clock.instant()));
        } else {
            earlier.take(e, clock.instant());
            readings.flush();
        }
    }
}
