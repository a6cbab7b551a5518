package org.consilium.casefile;

import org.consilium.live.LivePages;
import org.consilium.live.PageChange;
import org.consilium.live.Topics;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tells the case's open pages that the case changed, after the commit. */
@Component
class CaseLiveFeed {

    private final LivePages pages;

    CaseLiveFeed(LivePages pages) {
        this.pages = pages;
    }

    // After the commit, on a thread of its own, and without a transaction: telling pages reads nothing
    // here, and a transaction held while the pages read would take a database connection from them.
    @Async
    @TransactionalEventListener
    void on(CaseActivity a) {
        if (a.kind() == CaseActivity.Kind.STAGE_DUE) {
            return;
        }
        pages.publish(new PageChange(Topics.ofCase(a.caseId()), a.caseId(), a.actor(), a.actorName(), a.kind().liveKey(), a.at()));
    }
}
