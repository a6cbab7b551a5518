package org.consilium.meeting;

import org.consilium.live.LivePages;
import org.consilium.live.PageChange;
import org.consilium.live.Topics;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tells open pages that a meeting changed, after the commit: its room and page, and the page of a case it decided on. */
@Component
class MeetingLiveFeed {

    private final LivePages pages;

    MeetingLiveFeed(LivePages pages) {
        this.pages = pages;
    }

    // After the commit, on a thread of its own, and without a transaction: telling pages reads nothing
    // here, and a transaction held while the pages read would take a database connection from them.
    @Async
    @TransactionalEventListener
    void on(MeetingActivity a) {
        pages.publish(new PageChange(Topics.ofMeeting(a.meetingId()), a.caseId(), a.actor(), a.actorName(), a.kind().liveKey(),
                a.at()));
        if (a.kind() == MeetingActivity.Kind.DECIDED && a.caseId() != null) {
            pages.publish(new PageChange(Topics.ofCase(a.caseId()), a.caseId(), a.actor(), a.actorName(), a.kind().liveKey(),
                    a.at()));
        }
    }
}
