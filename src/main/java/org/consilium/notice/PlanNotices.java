package org.consilium.notice;

import java.util.ArrayList;
import java.util.List;
import org.consilium.account.Recipients;
import org.consilium.account.UserAccount;
import org.consilium.plan.PlanActivity;
import org.consilium.plan.TaskSide;
import org.consilium.security.AppRoles;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people of what happened to a plan: a family of a plan offered to it, of its new tasks and of
 * its plan approved; an agency (or its named member) of the tasks given to it; the curator of
 * progress, proposals and agreement; the supervisors of a plan that waits for approval; a proposer of
 * the decision on their proposal. Runs after the plan's change committed (decision 0029).
 */
@Component
class PlanNotices {

    private final NoticeWriter writer;
    private final Recipients recipients;

    PlanNotices(NoticeWriter writer, Recipients recipients) {
        this.writer = writer;
        this.recipients = recipients;
    }

    @ApplicationModuleListener
    void on(PlanActivity a) {
        String staffLink = "plan/" + a.caseId();
        switch (a.kind()) {
            case TASKS_ASSIGNED, TASK_OVERDUE -> {
                for (PlanActivity.Task t : a.tasks()) {
                    boolean family = t.side() == TaskSide.FAMILY;
                    List<UserAccount> to = new ArrayList<>(assignees(a, t));
                    String kind = a.kind() == PlanActivity.Kind.TASK_OVERDUE ? "TASK_OVERDUE" : "TASK_ASSIGNED";
                    // Overdue once per task and due date: a later run, a restart or a second node tells nobody again.
                    String once = a.kind() == PlanActivity.Kind.TASK_OVERDUE ? "overdue:" + t.id() + ":" + t.dueOn() : null;
                    if (a.kind() == PlanActivity.Kind.TASK_OVERDUE) {
                        writer.tell(tell(a, kind + "_CURATOR", t.text(), staffLink, once), curator(a));
                    }
                    writer.tell(tell(a, kind, t.text(), family ? "my-plan" : staffLink, once), to);
                }
            }
            case TASK_PROGRESS, TASK_DONE, PROPOSAL_MADE ->
                    writer.tell(tell(a, a.kind().name(), subject(a), staffLink, null), curator(a));
            case PROPOSAL_ACCEPTED, PROPOSAL_DECLINED ->
                    writer.tell(tell(a, a.kind().name(), subject(a), staffLink, null),
                            recipients.byUsername(a.proposer()).stream().toList());
            case OFFERED -> writer.tell(tell(a, "OFFERED", null, "my-plan", null), recipients.ofFamily(a.familyId()));
            case AGREED -> {
                List<UserAccount> to = new ArrayList<>(curator(a));
                to.addAll(recipients.withRoleInAgency(AppRoles.SUPERVISOR, a.teamAgencyId()));
                writer.tell(tell(a, "AGREED", null, staffLink, null), to);
            }
            case APPROVED -> {
                writer.tell(tell(a, "APPROVED", null, staffLink, null), curator(a));
                writer.tell(tell(a, "APPROVED_FAMILY", null, "my-plan", null), recipients.ofFamily(a.familyId()));
            }
            case CHANGED -> {
                // Pages show it; nobody is told.
            }
        }
    }

    private List<UserAccount> assignees(PlanActivity a, PlanActivity.Task t) {
        if (t.side() == TaskSide.FAMILY) {
            return recipients.ofFamily(a.familyId());
        }
        if (t.userId() != null) {
            return recipients.byId(t.userId()).stream().toList();
        }
        if (t.agencyId() == null || t.agencyId() == a.teamAgencyId()) {
            // The case's own team's task with nobody named: its curator sees to it.
            return curator(a);
        }
        return recipients.ofAgency(t.agencyId());
    }

    private List<UserAccount> curator(PlanActivity a) {
        return recipients.byId(a.curatorId()).stream().toList();
    }

    private static String subject(PlanActivity a) {
        return a.tasks().isEmpty() ? null : a.tasks().getFirst().text();
    }

    private static Tell tell(PlanActivity a, String kind, String subject, String link, String once) {
        return new Tell("plan." + kind, a.caseId(), a.familyName(), subject, a.actor(), a.actorName(), link, once);
    }
}
