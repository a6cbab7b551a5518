package org.consilium.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.consilium.casefile.CaseContext;
import org.consilium.casefile.CaseService;
import org.consilium.security.SystemAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds the open tasks of plans in force that are past their due date, every morning, and publishes
 * one {@link PlanActivity.Kind#TASK_OVERDUE} per plan. Those told are told once per task and due date
 * (the notice centre keeps that), so a second run, a restart or another node tells nobody twice; with
 * several nodes a database lock lets one run at a time (decision 0030).
 */
@Component
public class OverdueTasks {

    private final PlanRepository plans;
    private final CaseService cases;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OverdueTasks(PlanRepository plans, CaseService cases, ApplicationEventPublisher events,
                 PlatformTransactionManager transactions, Clock clock) {
        this.plans = plans;
        this.cases = cases;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(cron = "${consilium.notices.overdue-cron:0 0 6 * * *}")
    @SchedulerLock(name = "overdue-tasks", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void everyMorning() {
        check(LocalDate.now(clock));
    }

    /** Publishes the overdue tasks as of {@code today}; returns how many tasks were found. */
    public int check(LocalDate today) {
        Integer found = transaction.execute(s -> {
            Map<FamilyPlan, List<PlanTask>> byPlan = plans.overdueInForce(today).stream()
                    .collect(Collectors.groupingBy(t -> t.getGoal().getPlan(), LinkedHashMap::new, Collectors.toList()));
            byPlan.forEach((plan, tasks) -> {
                CaseContext ctx = cases.factsForSystem(plan.getCaseId());
                events.publishEvent(new PlanActivity(PlanActivity.Kind.TASK_OVERDUE, ctx.caseId(), plan.getId(), ctx.familyId(),
                        ctx.familyName(), ctx.curatorId(), ctx.teamAgencyId(), tasks.stream().map(PlanActivity.Task::of).toList(),
                        null, SystemAccess.SYSTEM_USER, null, clock.instant()));
            });
            return byPlan.values().stream().mapToInt(List::size).sum();
        });
        return found == null ? 0 : found;
    }
}
