package org.consilium.request;

import org.consilium.live.LivePages;
import org.consilium.live.PageChange;
import org.consilium.live.Topics;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

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

    @ApplicationModuleListener
    void on(RequestActivity a) {
        if (a.kind() == RequestActivity.Kind.OVERDUE) {
            return;
        }
        for (String topic : new String[] {Topics.ofRequest(a.requestId()), Topics.ofCase(a.caseId()), Topics.ofAgency(a.agencyId())}) {
            pages.publish(new PageChange(topic, a.caseId(), a.actor(), a.actorName(), a.kind().liveKey(), a.at()));
        }
    }
}
