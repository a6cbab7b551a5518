package org.consilium.notice;

import org.consilium.account.Recipients;
import org.consilium.referral.ReferralOverdue;
import org.consilium.security.AppRoles;
import org.consilium.security.SystemAccess;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells intake of a referral that waits past its response time, once, with a link to the queue. */
@Component
class ReferralNotices {

    private final NoticeWriter writer;
    private final Recipients recipients;

    ReferralNotices(NoticeWriter writer, Recipients recipients) {
        this.writer = writer;
        this.recipients = recipients;
    }

    @ApplicationModuleListener
    void on(ReferralOverdue r) {
        writer.tell(new Tell("referral.OVERDUE", null, null, null, SystemAccess.SYSTEM_USER, null, "referrals",
                "referral-overdue:" + r.referralId()), recipients.withRole(AppRoles.INTAKE));
    }
}
