package org.consilium.notice;

import java.util.ArrayList;
import java.util.List;
import org.consilium.account.Recipients;
import org.consilium.account.UserAccount;
import org.consilium.request.RequestActivity;
import org.consilium.security.AppRoles;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people of what happened to an information request: the addressed agency (or the colleague it
 * was handed to) of a request received, a reply to its question, and its request overdue; the sender
 * of an answer, a refusal, a clarifying question, an addendum, and of the request overdue. The
 * addressees read the family's name on the request itself, so their notices name it.
 */
@Component
class RequestNotices {

    private final NoticeWriter writer;
    private final Recipients recipients;

    RequestNotices(NoticeWriter writer, Recipients recipients) {
        this.writer = writer;
        this.recipients = recipients;
    }

    @ApplicationModuleListener
    void on(RequestActivity a) {
        switch (a.kind()) {
            case SENT -> writer.tell(tell(a, "RECEIVED", null), addressees(a));
            case REPLY -> writer.tell(tell(a, "REPLY", null), addressees(a));
            case HANDED_OVER -> writer.tell(tell(a, "HANDED_OVER", null), recipients.byUsername(a.assignee()).stream().toList());
            case ANSWERED, DECLINED, QUESTION, ADDENDUM -> writer.tell(tell(a, a.kind().name(), null), sender(a));
            case OVERDUE -> {
                String once = "request-overdue:" + a.requestId();
                writer.tell(tell(a, "OVERDUE", once), addressees(a));
                writer.tell(tell(a, "OVERDUE_SENDER", once), sender(a));
            }
            case SAVED, SHARED -> {
                // Pages show it; nobody is told.
            }
        }
    }

    /** The colleague it was handed to, or everyone at the agency who answers for it. */
    private List<UserAccount> addressees(RequestActivity a) {
        if (a.assignee() != null) {
            List<UserAccount> assignee = recipients.byUsername(a.assignee()).stream().toList();
            if (!assignee.isEmpty()) {
                return assignee;
            }
        }
        List<UserAccount> out = new ArrayList<>();
        for (String role : a.addresseeRole() == null ? AppRoles.PARTNERS : List.of(a.addresseeRole())) {
            recipients.withRoleInAgency(role, a.agencyId()).stream().filter(u -> !out.contains(u)).forEach(out::add);
        }
        return out;
    }

    private List<UserAccount> sender(RequestActivity a) {
        return recipients.byUsername(a.sender()).stream().toList();
    }

    private static Tell tell(RequestActivity a, String kind, String once) {
        return new Tell("request." + kind, a.caseId(), a.familyName(), null, a.actor(), a.actorName(),
                "request/" + a.requestId(), once, true, true);
    }
}
