package org.consilium.plan;

import java.util.Objects;
import org.consilium.live.LivePages;
import org.consilium.live.PageChange;
import org.consilium.live.Topics;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open pages that a plan changed, after the change committed: the case's pages (its plan, its
 * page, the family's plan) and the "My tasks" of each agency whose tasks it touched.
 */
@Component
class PlanLiveFeed {

    private final LivePages pages;

    PlanLiveFeed(LivePages pages) {
        this.pages = pages;
    }

    // After the commit, on a thread of its own, and without a transaction: telling pages reads nothing
    // here, and a transaction held while the pages read would take a database connection from them.
    @Async
    @TransactionalEventListener
    void on(PlanActivity a) {
        if (a.kind() == PlanActivity.Kind.TASK_OVERDUE) {
            // Found by the morning check: nothing on the pages changed.
            return;
        }
        pages.publish(new PageChange(Topics.ofCase(a.caseId()), a.caseId(), a.actor(), a.actorName(), a.kind().liveKey(), a.at()));
        a.tasks().stream().map(PlanActivity.Task::agencyId).filter(Objects::nonNull).distinct()
                .forEach(agency -> pages.publish(new PageChange(Topics.ofAgency(agency), a.caseId(), a.actor(), a.actorName(),
                        a.kind().liveKey(), a.at())));
    }
}
