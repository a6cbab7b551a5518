package org.consilium.plan;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.consilium.account.UserAccount;
import org.consilium.assessment.AssessmentSummaries;
import org.consilium.base.BusinessException;
import org.consilium.base.EditGuard;
import org.consilium.casefile.CaseContext;
import org.consilium.casefile.CaseOperation;
import org.consilium.casefile.CaseParticipant;
import org.consilium.casefile.CaseService;
import org.consilium.casefile.SharingService;
import org.consilium.security.AppRoles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared family plan's life and content. The case's curator (and the supervisor) write and
 * revise it; the family agrees to it; the supervisor approves it. Every call asks the case's access
 * policy through {@link CaseService}; plan work is allowed only in the stages planning,
 * implementation and review. Reading the plan is {@link PlanReader}, working its tasks
 * {@link TaskWorkService}, partners' proposals {@link ProposalService}.
 */
@Service
@Transactional(readOnly = true)
public class PlanService {

    private final PlanRepository plans;
    private final PlanAccess access;
    private final PlanLookups lookups;
    private final CaseService cases;
    private final SharingService sharing;
    private final EditGuard guard;
    private final Clock clock;
    private final AssessmentSummaries assessments;
    private final PlanEvents events;

    private final RatingRepository ratings;

    PlanService(PlanRepository plans, PlanAccess access, PlanLookups lookups, CaseService cases, SharingService sharing,
                EditGuard guard, Clock clock, AssessmentSummaries assessments, PlanEvents events, RatingRepository ratings) {
        this.ratings = ratings;
        this.assessments = assessments;
        this.events = events;
        this.plans = plans;
        this.access = access;
        this.lookups = lookups;
        this.cases = cases;
        this.sharing = sharing;
        this.guard = guard;
        this.clock = clock;
    }

    // ---- Where a user's pages start -------------------------------------------------------------

    /** The case of the signed-in family member's family, for their plan page. */
    @RolesAllowed(AppRoles.FAMILY)
    public Optional<Long> myFamilyCaseId() {
        return cases.myFamilyCaseId();
    }

    /** The signed-in partner agency's tasks in the plans being worked of every family it may see. */
    @RolesAllowed({AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH})
    public List<MyTask> myTasks() {
        UserAccount me = access.me();
        if (me.getAgency() == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<PlanTask> tasks = plans.activeTasksOfAgency(me.getAgency().getId());
        Map<Long, CaseContext> visible = cases.contextsIfAllowed(
                tasks.stream().map(t -> t.getGoal().getPlan().getCaseId()).collect(Collectors.toSet()),
                CaseOperation.READ_SHARED);
        List<MyTask> out = new ArrayList<>();
        for (PlanTask t : tasks) {
            CaseContext c = visible.get(t.getGoal().getPlan().getCaseId());
            if (c != null) {
                out.add(new MyTask(t.getId(), c.caseId(), c.familyName(), t.getGoal().getStatement(), t.getDescription(),
                        t.getUser() == null ? null : t.getUser().getFullName(), t.getDueOn(), t.getStatus(),
                        t.isOverdue(today)));
            }
        }
        return out;
    }

    /** How many tasks are open, and how many of them overdue: for a home's figures. */
    public record TaskCounts(long open, long overdue) {
    }

    /** The signed-in partner agency's open and overdue tasks in plans being worked that it may see. */
    @RolesAllowed({AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH})
    public TaskCounts myTaskCounts() {
        List<MyTask> tasks = myTasks();
        return new TaskCounts(tasks.stream().filter(t -> t.status().isOpen()).count(),
                tasks.stream().filter(MyTask::overdue).count());
    }

    /** The signed-in family member's family's own open and overdue tasks in the plan in force. */
    @RolesAllowed(AppRoles.FAMILY)
    public TaskCounts myFamilyTaskCounts() {
        LocalDate today = LocalDate.now(clock);
        List<PlanTask> tasks = cases.myFamilyCaseId().flatMap(plans::activeOfCase)
                .map(p -> p.tasks().stream().filter(t -> t.getSide() == TaskSide.FAMILY).toList()).orElse(List.of());
        return new TaskCounts(tasks.stream().filter(t -> t.getStatus().isOpen()).count(),
                tasks.stream().filter(t -> t.isOverdue(today)).count());
    }

    // ---- The curator writes ---------------------------------------------------------------------

    /** Starts a case's first plan (or the next after a completed one) as an empty draft. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public FamilyPlan startPlan(long caseId, LocalDate startsOn, LocalDate endsOn) {
        UserAccount me = access.me();
        CaseContext ctx = access.planWork(caseId, CaseOperation.EDIT_CASE);
        if (plans.ofCase(caseId).stream().anyMatch(p -> p.getStatus().isCurrent())) {
            throw new BusinessException("plan.start.exists");
        }
        FamilyPlan started = plans.saveAndFlush(FamilyPlan.draft(caseId, ctx.familyId(), plans.lastNumber(caseId) + 1,
                startsOn, endsOn, clock.instant(), me.getUsername()));
        events.changed(ctx, started.getId());
        return started;
    }

    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public FamilyPlan changePeriod(long planId, long version, LocalDate startsOn, LocalDate endsOn) {
        return onPlan(planId, version, CaseOperation.EDIT_CASE, PlanActivity.Kind.CHANGED, p -> p.changePeriod(startsOn, endsOn));
    }

    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public PlanGoal addGoal(long planId, GoalDetails details) {
        FamilyPlan p = access.plan(planId);
        CaseContext ctx = access.planWork(p.getCaseId(), CaseOperation.EDIT_CASE);
        cite(p.getCaseId(), details, null);
        PlanGoal g = p.addGoal(details);
        plans.flush();
        events.changed(ctx, p.getId());
        return g;
    }

    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public PlanGoal changeGoal(long goalId, long version, GoalDetails details) {
        GoalToChange w = goalToChange(goalId, version);
        PlanGoal g = w.goal();
        cite(g.getPlan().getCaseId(), details, g);
        g.getPlan().changeGoal(g, details);
        return w.changed(guard.flush(g));
    }

    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public void removeGoal(long goalId, long version) {
        GoalToChange w = goalToChange(goalId, version);
        w.goal().getPlan().removeGoal(w.goal());
        w.changed(guard.flush(w.goal()));
    }

    /**
     * A goal's rating (1–5, or none) while the plan in force is worked; a rating joins the goal's series,
     * naming the progress review {@code reviewId} it was given at, if any.
     */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public PlanGoal rateGoal(long goalId, long version, Integer rating, Long reviewId) {
        GoalToChange w = goalToChange(goalId, version);
        w.goal().getPlan().rateGoal(w.goal(), rating);
        if (rating != null) {
            ratings.save(new GoalRatingEntry(w.goal(), rating, LocalDate.now(clock), clock.instant(),
                    access.me().getUsername(), reviewId));
        }
        return w.changed(guard.flush(w.goal()));
    }

    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public PlanTask addTask(long goalId, TaskDetails details) {
        PlanGoal g = access.goal(goalId);
        FamilyPlan p = g.getPlan();
        CaseContext ctx = access.planWork(p.getCaseId(), CaseOperation.EDIT_CASE);
        PlanTask t = p.addTask(g, lookups.parties(p.getFamilyId(), details), details);
        takesPart(ctx, t);
        plans.flush();
        taskChanged(ctx, p, t, true);
        return t;
    }

    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public PlanTask changeTask(long taskId, long version, TaskDetails details) {
        PlanTask t = access.task(taskId);
        FamilyPlan p = t.getGoal().getPlan();
        CaseContext ctx = access.planWork(p.getCaseId(), CaseOperation.EDIT_CASE);
        guard.atVersion(t, version);
        Object before = assignee(t);
        p.changeTask(t, lookups.parties(p.getFamilyId(), details), details);
        takesPart(ctx, t);
        guard.flush(t);
        taskChanged(ctx, p, t, !before.equals(assignee(t)));
        return t;
    }

    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public void removeTask(long taskId, long version) {
        PlanTask t = access.task(taskId);
        CaseContext ctx = access.planWork(t.getGoal().getPlan().getCaseId(), CaseOperation.EDIT_CASE);
        guard.atVersion(t, version);
        FamilyPlan p = t.getGoal().getPlan();
        p.removeTask(t);
        guard.flush(t);
        events.changed(ctx, p.getId());
    }

    // ---- The plan's way from a draft to its end -------------------------------------------------

    /** Offers the draft to the family to agree to (in the portal, or on paper). */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public FamilyPlan offer(long planId, long version) {
        return onPlan(planId, version, CaseOperation.EDIT_CASE, PlanActivity.Kind.OFFERED, p -> {
            requireAssessment(p);
            p.offer(clock.instant());
        });
    }

    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public FamilyPlan takeBack(long planId, long version) {
        return onPlan(planId, version, CaseOperation.EDIT_CASE, PlanActivity.Kind.CHANGED, FamilyPlan::takeBack);
    }

    /** Records that the family signed the plan on paper: who, and on which day. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public FamilyPlan recordSignature(long planId, long version, String signedBy, LocalDate signedOn) {
        String me = access.me().getUsername();
        return onPlan(planId, version, CaseOperation.EDIT_CASE, PlanActivity.Kind.AGREED, p -> {
            requireAssessment(p);
            p.recordSignature(signedBy, signedOn, clock.instant(), me, LocalDate.now(clock));
        });
    }

    /**
     * A plan rests on an assessment (decision 0024): none is offered to the family, nor signed on paper,
     * before the case has a completed assessment.
     */
    private void requireAssessment(FamilyPlan p) {
        if (!assessments.hasCompleted(p.getCaseId())) {
            throw new BusinessException("plan.offer.noAssessment");
        }
    }

    /** A family member acknowledges the plan offered to their family. */
    @RolesAllowed(AppRoles.FAMILY)
    @Transactional
    public FamilyPlan acknowledge(long planId, long version) {
        UserAccount me = access.me();
        return onPlan(planId, version, CaseOperation.READ_FAMILY_VIEW, PlanActivity.Kind.AGREED,
                p -> p.acknowledge(me.getFullName(), clock.instant(), me.getUsername()));
    }

    /** The supervisor approves a plan the family agreed to. */
    @RolesAllowed(AppRoles.SUPERVISOR)
    @Transactional
    public FamilyPlan approve(long planId, long version) {
        String me = access.me().getUsername();
        return onPlan(planId, version, CaseOperation.DECIDE, PlanActivity.Kind.APPROVED, p -> p.approve(clock.instant(), me));
    }

    /** Sends an agreed or approved plan back to a draft, with the reason. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public FamilyPlan returnToDraft(long planId, long version, String reason) {
        return onPlan(planId, version, CaseOperation.EDIT_CASE, PlanActivity.Kind.CHANGED, p -> p.returnToDraft(reason));
    }

    /** Starts work on the approved plan; a version it revises is replaced. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public FamilyPlan activate(long planId, long version) {
        FamilyPlan p = access.plan(planId);
        CaseContext ctx = access.planWork(p.getCaseId(), CaseOperation.EDIT_CASE);
        guard.atVersion(p, version);
        FamilyPlan previous = plans.activeOfCase(p.getCaseId()).filter(a -> !a.equals(p)).orElse(null);
        // Told of their tasks: those who had no such task in the version in force before.
        Set<Object> before = previous == null ? Set.of()
                : previous.tasks().stream().map(t -> List.of(t.getKey(), assignee(t))).collect(Collectors.toSet());
        p.activate(clock.instant(), previous);
        guard.flush(p);
        events.publish(PlanActivity.Kind.TASKS_ASSIGNED, ctx, p.getId(), p.tasks().stream()
                .filter(t -> !before.contains(List.of(t.getKey(), assignee(t)))).toList(), null);
        return p;
    }

    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public FamilyPlan complete(long planId, long version) {
        return onPlan(planId, version, CaseOperation.EDIT_CASE, PlanActivity.Kind.CHANGED, p -> p.complete(clock.instant()));
    }

    /** Copies the active plan into a new draft to be revised; the active one stays in force meanwhile. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public FamilyPlan revise(long planId, long version) {
        UserAccount me = access.me();
        FamilyPlan p = access.plan(planId);
        CaseContext ctx = access.planWork(p.getCaseId(), CaseOperation.EDIT_CASE);
        guard.atVersion(p, version);
        if (plans.ofCase(p.getCaseId()).stream().anyMatch(o -> o.getStatus().isInPreparation())) {
            throw new BusinessException("plan.revise.inPreparation");
        }
        FamilyPlan draft = plans.saveAndFlush(p.revise(plans.lastNumber(p.getCaseId()) + 1, clock.instant(), me.getUsername()));
        events.changed(ctx, draft.getId());
        return draft;
    }

    // ---- Loading and saving -------------------------------------------------------------------------

    private FamilyPlan onPlan(long planId, long version, CaseOperation needed, PlanActivity.Kind kind,
                              Consumer<FamilyPlan> change) {
        FamilyPlan p = access.plan(planId);
        CaseContext ctx = access.planWork(p.getCaseId(), needed);
        guard.atVersion(p, version);
        change.accept(p);
        guard.flush(p);
        events.publish(kind, ctx, p.getId(), List.of(), null);
        return p;
    }

    /** Whose a task is, to tell whether a change gave it to someone else. */
    private static Object assignee(PlanTask t) {
        return Arrays.asList(t.getSide(), t.getAgency() == null ? null : t.getAgency().getId(),
                t.getUser() == null ? null : t.getUser().getId(), t.getMember() == null ? null : t.getMember().getId());
    }

    /** A task added or changed: in a plan in force, given to someone new, those it is given to are told. */
    private void taskChanged(CaseContext ctx, FamilyPlan p, PlanTask t, boolean newAssignee) {
        if (newAssignee && p.getStatus() == PlanStatus.ACTIVE) {
            events.publish(PlanActivity.Kind.TASKS_ASSIGNED, ctx, p.getId(), List.of(t), null);
        } else {
            events.changed(ctx, p.getId());
        }
    }

    /** A goal the user may change, at the version they saw, with its case as the access check found it. */
    private record GoalToChange(PlanGoal goal, CaseContext ctx, PlanEvents events) {

        /** Says the plan changed, once the goal is saved. */
        PlanGoal changed(PlanGoal saved) {
            events.changed(ctx, saved.getPlan().getId());
            return saved;
        }
    }

    private GoalToChange goalToChange(long goalId, long version) {
        PlanGoal g = access.goal(goalId);
        CaseContext ctx = access.planWork(g.getPlan().getCaseId(), CaseOperation.EDIT_CASE);
        return new GoalToChange(guard.atVersion(g, version), ctx, events);
    }

    /**
     * Fills in the text of the assessment finding a goal cites, from the case's latest completed
     * assessment; a goal keeps what it cited before even after a re-assessment. A finding that is not
     * the case's is refused at its field.
     */
    private void cite(long caseId, GoalDetails details, PlanGoal current) {
        if (details.getFinding() == null || details.getFinding().isBlank()) {
            details.setFinding(null);
            return;
        }
        if (current != null && details.getFinding().equals(current.getFindingRef())) {
            details.setFindingText(current.getFindingText());
            return;
        }
        AssessmentSummaries.FindingOption found = assessments.findingsForGoals(caseId).stream()
                .filter(o -> o.reference().equals(details.getFinding())).findFirst()
                .orElseThrow(() -> BusinessException.atField(GoalDetails.FINDING, "plan.goal.findingUnknown"));
        details.setFindingText(found.text());
    }

    /** An agency given a task takes part in the case from now on. */
    private void takesPart(CaseContext ctx, PlanTask t) {
        if (t.isPartnerTask()) {
            sharing.takePart(ctx.caseId(), t.getAgency().getId(), CaseParticipant.Reason.PLAN_TASK);
        }
    }
}
