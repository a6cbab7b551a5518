package org.consilium.casefile;

import org.consilium.live.LivePages;
import org.consilium.live.PageChange;
import org.consilium.live.Topics;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the case's open pages that the case changed, after the commit. */
@Component
class CaseLiveFeed {

    private final LivePages pages;

    CaseLiveFeed(LivePages pages) {
        this.pages = pages;
    }

    @ApplicationModuleListener
    void on(CaseActivity a) {
        if (a.kind() == CaseActivity.Kind.STAGE_DUE) {
            return;
        }
        pages.publish(new PageChange(Topics.ofCase(a.caseId()), a.caseId(), a.actor(), a.actorName(), a.kind().liveKey(), a.at()));
    }
}
