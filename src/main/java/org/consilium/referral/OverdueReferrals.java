package org.consilium.referral;

import java.time.Clock;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds, every quarter of an hour (response times are counted in hours), the referrals that still wait
 * for a response after their response time, and publishes each; intake is told once per referral, by
 * one node at a time (decision 0030).
 */
@Component
public class OverdueReferrals {

    private final ReferralRepository referrals;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OverdueReferrals(ReferralRepository referrals, ApplicationEventPublisher events, PlatformTransactionManager transactions,
                     Clock clock) {
        this.referrals = referrals;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${consilium.notices.referral-check:15m}", initialDelayString = "1m")
    @SchedulerLock(name = "overdue-referrals", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    public void everyQuarterHour() {
        check();
    }

    /** Publishes the referrals overdue now; returns how many. */
    public int check() {
        Integer found = transaction.execute(s -> {
            List<Referral> overdue = referrals.overdue(clock.instant());
            overdue.forEach(r -> events.publishEvent(new ReferralOverdue(r.getId(), r.getUrgency(), r.getDueAt())));
            return overdue.size();
        });
        return found == null ? 0 : found;
    }
}
