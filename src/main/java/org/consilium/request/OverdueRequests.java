package org.consilium.request;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.consilium.security.SystemAccess;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds the open information requests past their due date every morning and publishes each as
 * {@link RequestActivity.Kind#OVERDUE}; the notice centre tells the agency and the sender once per
 * request and due date, and a database lock lets one node run it at a time (decision 0030).
 */
@Component
public class OverdueRequests {

    private final RequestRepository requests;
    private final RequestEvents events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OverdueRequests(RequestRepository requests, RequestEvents events, PlatformTransactionManager transactions, Clock clock) {
        this.requests = requests;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(cron = "${consilium.notices.overdue-cron:0 0 6 * * *}")
    @SchedulerLock(name = "overdue-requests", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void everyMorning() {
        check(LocalDate.now(clock));
    }

    /** Publishes the requests overdue as of {@code today}; returns how many. */
    public int check(LocalDate today) {
        Integer found = transaction.execute(s -> {
            List<InformationRequest> overdue = requests.overdue(today);
            overdue.forEach(r -> events.publish(RequestActivity.Kind.OVERDUE, r, SystemAccess.SYSTEM_USER, null));
            return overdue.size();
        });
        return found == null ? 0 : found;
    }
}
