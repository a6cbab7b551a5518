package org.consilium.monitoring;

import org.consilium.live.LivePages;
import org.consilium.live.PageChange;
import org.consilium.live.Topics;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tells the case's open pages that a contact or a review was recorded, after the commit. */
@Component
class MonitoringLiveFeed {

    private final LivePages pages;

    MonitoringLiveFeed(LivePages pages) {
        this.pages = pages;
    }

    // As the other live feeds: after the commit, on a thread of its own, holding no transaction.
    @Async
    @TransactionalEventListener
    void on(CaseMonitored c) {
        pages.publish(new PageChange(Topics.ofCase(c.caseId()), c.caseId(), c.actor(), c.actorName(), c.whatKey(), c.at()));
    }
}
