package org.consilium.plan;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.consilium.account.UserAccount;
import org.consilium.base.AuditEvent;
import org.consilium.base.BusinessException;
import org.consilium.base.EditGuard;
import org.consilium.base.MessageKey;
import org.consilium.casefile.CaseContext;
import org.consilium.plan.PlanPermissions.Audience;
import org.consilium.security.AppRoles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working the tasks of the plan in force: a partner agency its own tasks, a family member the
 * family's, the curator any (by {@link PlanPermissions}). A refusal is kept in the audit log.
 */
@Service
@Transactional(readOnly = true)
public class TaskWorkService {

    private final PlanAccess access;
    private final NoteRepository notes;
    private final EditGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final PlanEvents planEvents;

    TaskWorkService(PlanAccess access, NoteRepository notes, EditGuard guard, ApplicationEventPublisher events, Clock clock,
                    PlanEvents planEvents) {
        this.planEvents = planEvents;
        this.access = access;
        this.notes = notes;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Progress on a task in one save: a new status (or {@code null} or the same to keep it) and a
     * note (or none), which staff and partner agencies may mark internal; nothing is saved if either
     * is refused.
     */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR, AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH, AppRoles.FAMILY})
    @Transactional
    public PlanTask reportProgress(long taskId, long version, TaskStatus status, String note, boolean internal) {
        Work w = work(taskId);
        boolean newStatus = status != null && status != w.task().getStatus();
        boolean hasNote = note != null && !note.isBlank();
        if (!newStatus && !hasNote) {
            throw BusinessException.atField(ProgressDetails.NOTE, "plan.progress.nothing");
        }
        guard.atVersion(w.task(), version);
        if (newStatus) {
            if (!w.choices().contains(status)) {
                throw BusinessException.atField(ProgressDetails.STATUS, "plan.task.statusNotYours",
                        new MessageKey(status.messageKey()));
            }
            w.task().changeStatus(status, clock.instant(), w.me().getUsername());
            guard.flush(w.task());
        }
        if (hasNote) {
            boolean family = w.audience() == Audience.FAMILY;
            UserAccount me = w.me();
            notes.saveAndFlush(new TaskNote(w.caseContext().caseId(), w.task().getKey(), clock.instant(), me.getUsername(),
                    me.getFullName(), family || me.getAgency() == null ? null : me.getAgency().getId(), family, internal,
                    note));
        }
        PlanActivity.Kind kind = newStatus && status == TaskStatus.DONE ? PlanActivity.Kind.TASK_DONE : PlanActivity.Kind.TASK_PROGRESS;
        planEvents.publish(kind, w.caseContext(), w.task().getGoal().getPlan().getId(), List.of(w.task()), null);
        return w.task();
    }

    /** A task the signed-in user may work now, with the statuses they may set on it. */
    private record Work(UserAccount me, PlanTask task, CaseContext caseContext, Audience audience,
                        Set<TaskStatus> choices) {
    }

    /** The task, if the user may work it (refused and recorded otherwise) and its case allows plan work. */
    private Work work(long taskId) {
        UserAccount me = access.me();
        PlanTask t = access.task(taskId);
        CaseContext ctx = access.readable(t.getGoal().getPlan().getCaseId(), me);
        PlanPermissions.Reader reader = PlanAccess.reader(ctx, me);
        // Whether the version is the latest does not matter to who works its tasks.
        PlanPermissions.Version version = PlanAccess.version(t.getGoal().getPlan(), ctx, false);
        Set<TaskStatus> choices = access.permissions().statusChoices(reader, version, PlanAccess.task(t));
        if (choices.isEmpty()) {
            events.publishEvent(AuditEvent.deniedOn("plan-task", t.getId(), ctx.familyId(), ctx.familyName(), ctx.caseId(),
                    "progress"));
            throw new AccessDeniedException("Not this user's task");
        }
        PlanAccess.requirePlanWork(ctx);
        return new Work(me, t, ctx, reader.audience(), choices);
    }
}
