package org.consilium.notice;

import java.util.ArrayList;
import java.util.List;
import org.consilium.account.Recipients;
import org.consilium.account.UserAccount;
import org.consilium.casefile.CaseService;
import org.consilium.meeting.MeetingActivity;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people of meetings: everyone invited (in person, through their agency, or as the family) of an
 * invitation, a change and a cancellation, by the meeting's title, which they read on the invitation;
 * the case's curator of a decision about their case.
 */
@Component
class MeetingNotices {

    private final NoticeWriter writer;
    private final Recipients recipients;
    private final CaseService cases;

    MeetingNotices(NoticeWriter writer, Recipients recipients, CaseService cases) {
        this.writer = writer;
        this.recipients = recipients;
        this.cases = cases;
    }

    @ApplicationModuleListener
    void on(MeetingActivity a) {
        switch (a.kind()) {
            case INVITED, CHANGED, CANCELLED -> {
                // Those invited read the meeting's title on the invitation; whom it is about, by the case's rules.
                Tell staff = new Tell("meeting." + a.kind().name(), a.caseId(), a.familyName(), a.title(), a.actor(),
                        a.actorName(), "meeting/" + a.meetingId(), null, false, true);
                writer.tell(staff, invited(a));
                if (a.familyId() != null) {
                    writer.tell(new Tell("meeting." + a.kind().name(), a.caseId(), a.familyName(), a.title(), a.actor(),
                            a.actorName(), "meeting/" + a.meetingId(), null, true, true), recipients.ofFamily(a.familyId()));
                }
            }
            case DECIDED -> recipients.byId(cases.factsForSystem(a.caseId()).curatorId()).ifPresent(curator ->
                    writer.tell(new Tell("meeting.DECIDED", a.caseId(), a.familyName(), a.title(), a.actor(), a.actorName(),
                            "case/" + a.caseId(), null), List.of(curator)));
            case RESPONDED, ROOM -> {
                // Pages show it; nobody is told.
            }
        }
    }

    private List<UserAccount> invited(MeetingActivity a) {
        List<UserAccount> out = new ArrayList<>();
        a.userIds().forEach(id -> recipients.byId(id).ifPresent(out::add));
        a.agencyIds().forEach(id -> out.addAll(recipients.ofAgency(id)));
        return out;
    }
}
