package org.consilium.notice;

import java.util.List;
import org.consilium.account.Recipients;
import org.consilium.casefile.CaseActivity;
import org.consilium.casefile.CaseStage;
import org.consilium.security.AppRoles;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people of what happened to a case: a curator of a case given to them (and the one it was
 * taken from), of the supervisor's decision on their case and of its closing, of the work of its stage
 * due (a review, a follow-up contact); the team's supervisors of an emergency override to review.
 */
@Component
class CaseNotices {

    private final NoticeWriter writer;
    private final Recipients recipients;

    CaseNotices(NoticeWriter writer, Recipients recipients) {
        this.writer = writer;
        this.recipients = recipients;
    }

    @ApplicationModuleListener
    void on(CaseActivity a) {
        String link = "case/" + a.caseId();
        switch (a.kind()) {
            case OPENED, CURATOR_CHANGED -> writer.tell(tell(a, "ASSIGNED", link), recipients.byId(a.curatorId()).stream().toList());
            case DECIDED, CLOSED -> writer.tell(tell(a, a.kind().name(), link), recipients.byId(a.curatorId()).stream().toList());
            case OVERRIDE_GRANTED -> writer.tell(tell(a, "OVERRIDE_GRANTED", link),
                    recipients.withRoleInAgency(AppRoles.SUPERVISOR, a.teamAgencyId()));
            case STAGE_DUE -> writer.tell(new Tell(dueKind(a.stage()), a.caseId(), a.familyName(), null, a.actor(),
                    a.actorName(), link, "case-due:" + a.caseId() + ":" + a.stage() + ":" + a.dueOn()),
                    recipients.byId(a.curatorId()).stream().toList());
            case MOVED, DUE_CHANGED, SHARING -> {
                // Pages show it; nobody is told.
            }
        }
        if (a.kind() == CaseActivity.Kind.CURATOR_CHANGED && a.formerCurator() != null) {
            writer.tell(tell(a, "UNASSIGNED", link), recipients.byId(a.formerCurator()).stream().toList());
        }
    }

    /**
     * A review and a follow-up contact are named as such (a closed case is due by its first follow-up
     * contact); any other stage's work as the stage's work.
     */
    private static String dueKind(CaseStage stage) {
        return switch (stage) {
            case REVIEW -> "case.REVIEW_DUE";
            case CLOSURE, FOLLOW_UP -> "case.FOLLOW_UP_DUE";
            default -> "case.STAGE_DUE";
        };
    }

    private static Tell tell(CaseActivity a, String kind, String link) {
        return new Tell("case." + kind, a.caseId(), a.familyName(), null, a.actor(), a.actorName(), link, null);
    }
}
