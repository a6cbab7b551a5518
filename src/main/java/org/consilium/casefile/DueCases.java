package org.consilium.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds, every morning, the cases whose stage's work is due today or overdue — a review, a follow-up
 * contact, an assessment — and publishes each as {@link CaseActivity.Kind#STAGE_DUE}; the curator is
 * told once per case, stage and due date, by one node at a time (decision 0030).
 */
@Component
public class DueCases {

    private final CaseRepository cases;
    private final CaseEvents events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DueCases(CaseRepository cases, CaseEvents events, PlatformTransactionManager transactions, Clock clock) {
        this.cases = cases;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(cron = "${consilium.notices.overdue-cron:0 0 6 * * *}")
    @SchedulerLock(name = "due-cases", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void everyMorning() {
        check(LocalDate.now(clock));
    }

    /** Publishes the cases due by {@code today}; returns how many. */
    public int check(LocalDate today) {
        Integer found = transaction.execute(s -> {
            List<FamilyCase> due = cases.dueBy(today);
            due.forEach(events::due);
            return due.size();
        });
        return found == null ? 0 : found;
    }
}
