package org.consilium.notice;

import org.consilium.account.Recipients;
import org.consilium.monitoring.ServiceNotAdequate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells an agency that a progress review found its service did not meet the family's need (seed 001:
 * the curator tells the provider's management). Partner agencies have no management role of their own
 * in the portal, so every active account of the agency is told; the service is the agency's own task,
 * so it reads it, and the family's name as the case's policy lets it.
 */
@Component
class MonitoringNotices {

    private final NoticeWriter writer;
    private final Recipients recipients;

    MonitoringNotices(NoticeWriter writer, Recipients recipients) {
        this.writer = writer;
        this.recipients = recipients;
    }

    @ApplicationModuleListener
    void on(ServiceNotAdequate s) {
        writer.tell(new Tell("review.SERVICE_NOT_ADEQUATE", s.caseId(), s.familyName(), s.service(), s.actor(),
                s.actorName(), "my-tasks", "service-not-adequate:" + s.reviewId() + ":" + s.taskKey(),
                false, true), recipients.ofAgency(s.agencyId()));
    }
}
