package org.consilium.request;

import org.consilium.live.LivePages;
import org.consilium.live.PageChange;
import org.consilium.live.Topics;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open pages that a request changed, after the change committed: the request's own page, the
 * case's page (its requests) and the addressed agency's list of requests to answer.
 */
@Component
class RequestLiveFeed {

    private final LivePages pages;

    RequestLiveFeed(LivePages pages) {
        this.pages = pages;
    }

    // After the commit, on a thread of its own, and without a transaction: telling pages reads nothing
    // here, and a transaction held while the pages read would take a database connection from them.
    @Async
    @TransactionalEventListener
    void on(RequestActivity a) {
        if (a.kind() == RequestActivity.Kind.OVERDUE) {
            return;
        }
        for (String topic : new String[] {Topics.ofRequest(a.requestId()), Topics.ofCase(a.caseId()), Topics.ofAgency(a.agencyId())}) {
            pages.publish(new PageChange(topic, a.caseId(), a.actor(), a.actorName(), a.kind().liveKey(), a.at()));
        }
    }
}
