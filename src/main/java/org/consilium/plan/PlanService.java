package org.consilium.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.consilium.account.UserAccount;
import org.consilium.account.UserAccountService;
import org.consilium.agency.Agency;
import org.consilium.base.AbstractEntity;
import org.consilium.base.AuditEvent;
import org.consilium.base.BusinessException;
import org.consilium.base.MessageKey;
import org.consilium.casefile.CaseContext;
import org.consilium.casefile.CaseOperation;
import org.consilium.casefile.CaseParticipant;
import org.consilium.casefile.CaseService;
import org.consilium.casefile.SharingService;
import org.consilium.family.FamilyMember;
import org.consilium.security.AppRoles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared family plan. The case's curator (and the supervisor) write and revise it; the family
 * agrees to it; the supervisor approves it; partner agencies and the family work their own tasks in
 * it. Every call asks the case's access policy through {@link CaseService} and checks here which
 * task is whose; plan work is allowed only in the stages planning, implementation and review.
 */
@Service
@Transactional(readOnly = true)
public class PlanService {

    private static final String[] STAFF = {AppRoles.CURATOR, AppRoles.SUPERVISOR};
    private static final Set<String> PARTNER_ROLES = Set.of(AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH);

    private final PlanRepository plans;
    private final NoteRepository notes;
    private final ProposalRepository proposals;
    private final CaseService cases;
    private final SharingService sharing;
    private final UserAccountService accounts;
    private final EntityManager em;
    private final LastChange lastChange;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PlanPdf pdf;

    PlanService(PlanPdf pdf, PlanRepository plans, NoteRepository notes, ProposalRepository proposals, CaseService cases,
                SharingService sharing, UserAccountService accounts, EntityManager em, LastChange lastChange,
                ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.notes = notes;
        this.proposals = proposals;
        this.cases = cases;
        this.sharing = sharing;
        this.accounts = accounts;
        this.em = em;
        this.lastChange = lastChange;
        this.events = events;
        this.clock = clock;
        this.pdf = pdf;
    }

    // ---- Reading ------------------------------------------------------------------------------

    /** A case's plan versions the signed-in user may see, and what they may start or decide. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR, AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH, AppRoles.FAMILY})
    public PlanOverview overview(long caseId) {
        UserAccount me = me();
        CaseContext ctx = readable(caseId, me);
        Audience audience = audience(ctx);
        List<FamilyPlan> all = plans.ofCase(caseId);
        List<PlanOverview.Version> versions = all.stream().filter(p -> audience.mayRead(p))
                .map(p -> new PlanOverview.Version(p.getId(), p.getNumber(), p.getStatus(), p.isOffered(), p.getCreatedAt()))
                .toList();
        List<PlanOverview.Proposal> proposed = List.of();
        if (audience == Audience.STAFF || audience == Audience.PARTNER) {
            Map<String, String> goalTexts = new HashMap<>();
            all.forEach(p -> p.getGoals().forEach(g -> goalTexts.putIfAbsent(g.getKey(), g.getStatement())));
            proposed = plans.proposalsOfCase(caseId).stream()
                    .filter(p -> audience == Audience.STAFF || p.getAgency().equals(me.getAgency()))
                    .map(p -> new PlanOverview.Proposal(p.getId(), p.getVersion(), p.getAgency().getName(),
                            p.getProposedByName(), p.getProposedAt(), goalTexts.get(p.getGoalKey()), p.getDescription(),
                            p.getDueOn(), p.getStatus(), p.getDecisionReason()))
                    .toList();
        }
        boolean mayStart = ctx.may(CaseOperation.EDIT_CASE) && ctx.stage().allowsPlanWork()
                && all.stream().noneMatch(p -> p.getStatus().isCurrent());
        return new PlanOverview(ctx, versions, proposed, mayStart);
    }

    /** One version as the signed-in user may see it; empty if they may not see this version. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR, AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH, AppRoles.FAMILY})
    public Optional<PlanSheet> sheet(long planId) {
        UserAccount me = me();
        FamilyPlan p = plans.findById(planId).orElseThrow(() -> new BusinessException("error.notFound.record"));
        CaseContext ctx = readable(p.getCaseId(), me);
        Audience audience = audience(ctx);
        if (!audience.mayRead(p)) {
            events.publishEvent(AuditEvent.deniedOn("plan", planId, ctx.familyId(), ctx.familyName(), ctx.caseId(), "draft"));
            return Optional.empty();
        }
        events.publishEvent(AuditEvent.viewed("plan", planId, ctx.familyId(), ctx.familyName(), ctx.caseId()));
        return Optional.of(toSheet(p, ctx, audience, me));
    }

    /**
     * One version as a printable PDF in the given language, with what the reader may see of it; the
     * download is kept in the audit log.
     */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR, AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH, AppRoles.FAMILY})
    public byte[] pdf(long planId, Locale locale) {
        PlanSheet sheet = sheet(planId).orElseThrow(() -> new AccessDeniedException("Not this user's plan version"));
        events.publishEvent(AuditEvent.exported("plan-pdf", "plan " + planId));
        return pdf.render(sheet, locale);
    }

    /** The case of the signed-in family member's family, for their plan page. */
    @RolesAllowed(AppRoles.FAMILY)
    public Optional<Long> myFamilyCaseId() {
        return cases.myFamilyCaseId();
    }

    /** The signed-in partner agency's tasks in the plans being worked of every family it may see. */
    @RolesAllowed({AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH})
    public List<MyTask> myTasks() {
        UserAccount me = me();
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

    /** What changed between two versions of the same case's plan that the user may both see. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public List<PlanComparison.Change> compare(long olderId, long newerId) {
        FamilyPlan older = plans.findById(olderId).orElseThrow(() -> new BusinessException("error.notFound.record"));
        FamilyPlan newer = plans.findById(newerId).orElseThrow(() -> new BusinessException("error.notFound.record"));
        if (older.getCaseId() != newer.getCaseId()) {
            throw new BusinessException("error.notFound.record");
        }
        cases.context(older.getCaseId(), CaseOperation.READ_INTERNAL);
        return PlanComparison.between(older, newer);
    }

    /** For the task form: the members of the case's family, by id and name. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public Map<Long, String> familyMembers(long caseId) {
        CaseContext ctx = cases.context(caseId, CaseOperation.READ_CASE);
        Map<Long, String> out = new LinkedHashMap<>();
        em.createQuery("select m from FamilyMember m where m.family.id = :f order by m.position, m.id", FamilyMember.class)
                .setParameter("f", ctx.familyId()).getResultList()
                .forEach(m -> out.put(m.getId(), m.getFullName()));
        return out;
    }

    /** For the task form: the agencies a task can be given to, social services' own first. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public List<Agency> agencies() {
        return plans.agencies();
    }

    /** For the task form: the active users of an agency, by id and name. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public Map<Long, String> usersOf(long agencyId) {
        Map<Long, String> out = new LinkedHashMap<>();
        plans.usersOfAgency(agencyId).forEach(u -> out.put(u.getId(), u.getFullName()));
        return out;
    }

    // ---- The curator writes ---------------------------------------------------------------------

    /** Starts a case's first plan (or the next after a completed one) as an empty draft. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public FamilyPlan startPlan(long caseId, LocalDate startsOn, LocalDate endsOn) {
        UserAccount me = me();
        CaseContext ctx = planWork(caseId, CaseOperation.EDIT_CASE);
        if (plans.ofCase(caseId).stream().anyMatch(p -> p.getStatus().isCurrent())) {
            throw new BusinessException("plan.start.exists");
        }
        return plans.saveAndFlush(FamilyPlan.draft(caseId, ctx.familyId(), plans.lastNumber(caseId) + 1, startsOn, endsOn,
                clock.instant(), me.getUsername()));
    }

    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public FamilyPlan changePeriod(long planId, long version, LocalDate startsOn, LocalDate endsOn) {
        return onPlan(planId, version, CaseOperation.EDIT_CASE, p -> p.changePeriod(startsOn, endsOn));
    }

    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public PlanGoal addGoal(long planId, GoalDetails details) {
        FamilyPlan p = plan(planId);
        planWork(p.getCaseId(), CaseOperation.EDIT_CASE);
        PlanGoal g = p.addGoal(details);
        plans.flush();
        return g;
    }

    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public PlanGoal changeGoal(long goalId, long version, GoalDetails details) {
        PlanGoal g = goalToChange(goalId, version, CaseOperation.EDIT_CASE);
        g.getPlan().changeGoal(g, details);
        return saved("plan_goal", g);
    }

    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public void removeGoal(long goalId, long version) {
        PlanGoal g = goalToChange(goalId, version, CaseOperation.EDIT_CASE);
        g.getPlan().removeGoal(g);
        saved("plan_goal", g);
    }

    /** A goal's rating (1–5, or none) at a review of the plan being worked. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public PlanGoal rateGoal(long goalId, long version, Integer rating) {
        PlanGoal g = goalToChange(goalId, version, CaseOperation.EDIT_CASE);
        g.getPlan().rateGoal(g, rating);
        return saved("plan_goal", g);
    }

    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public PlanTask addTask(long goalId, TaskDetails details) {
        PlanGoal g = plans.goal(goalId).orElseThrow(() -> new BusinessException("error.notFound.record"));
        CaseContext ctx = planWork(g.getPlan().getCaseId(), CaseOperation.EDIT_CASE);
        PlanTask t = g.getPlan().addTask(g, parties(details), details);
        takesPart(ctx, t);
        plans.flush();
        return t;
    }

    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public PlanTask changeTask(long taskId, long version, TaskDetails details) {
        PlanTask t = task(taskId);
        CaseContext ctx = planWork(t.getGoal().getPlan().getCaseId(), CaseOperation.EDIT_CASE);
        checkVersion("plan_task", t.getId(), t.getVersion(), version);
        t.getGoal().getPlan().changeTask(t, parties(details), details);
        takesPart(ctx, t);
        return saved("plan_task", t);
    }

    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public void removeTask(long taskId, long version) {
        PlanTask t = task(taskId);
        planWork(t.getGoal().getPlan().getCaseId(), CaseOperation.EDIT_CASE);
        checkVersion("plan_task", t.getId(), t.getVersion(), version);
        t.getGoal().getPlan().removeTask(t);
        saved("plan_task", t);
    }

    /** Offers the draft to the family to agree to (in the portal, or on paper). */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public FamilyPlan offer(long planId, long version) {
        return onPlan(planId, version, CaseOperation.EDIT_CASE, p -> p.offer(clock.instant()));
    }

    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public FamilyPlan takeBack(long planId, long version) {
        return onPlan(planId, version, CaseOperation.EDIT_CASE, FamilyPlan::takeBack);
    }

    /** Records that the family signed the plan on paper: who, and on which day. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public FamilyPlan recordSignature(long planId, long version, String signedBy, LocalDate signedOn) {
        String me = me().getUsername();
        return onPlan(planId, version, CaseOperation.EDIT_CASE,
                p -> p.recordSignature(signedBy, signedOn, clock.instant(), me, LocalDate.now(clock)));
    }

    /** A family member acknowledges the plan offered to their family. */
    @RolesAllowed(AppRoles.FAMILY)
    @Transactional
    public FamilyPlan acknowledge(long planId, long version) {
        UserAccount me = me();
        return onPlan(planId, version, CaseOperation.READ_FAMILY_VIEW,
                p -> p.acknowledge(me.getFullName(), clock.instant(), me.getUsername()));
    }

    /** The supervisor approves a plan the family agreed to. */
    @RolesAllowed(AppRoles.SUPERVISOR)
    @Transactional
    public FamilyPlan approve(long planId, long version) {
        String me = me().getUsername();
        return onPlan(planId, version, CaseOperation.DECIDE, p -> p.approve(clock.instant(), me));
    }

    /** Sends an agreed or approved plan back to a draft, with the reason. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public FamilyPlan returnToDraft(long planId, long version, String reason) {
        return onPlan(planId, version, CaseOperation.EDIT_CASE, p -> p.returnToDraft(reason));
    }

    /** Starts work on the approved plan; a version it revises is replaced. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public FamilyPlan activate(long planId, long version) {
        return onPlan(planId, version, CaseOperation.EDIT_CASE, p -> {
            FamilyPlan previous = plans.activeOfCase(p.getCaseId()).filter(a -> !a.equals(p)).orElse(null);
            p.activate(clock.instant(), previous);
        });
    }

    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public FamilyPlan complete(long planId, long version) {
        return onPlan(planId, version, CaseOperation.EDIT_CASE, p -> p.complete(clock.instant()));
    }

    /** Copies the active plan into a new draft to be revised; the active one stays in force meanwhile. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public FamilyPlan revise(long planId, long version) {
        UserAccount me = me();
        FamilyPlan p = plan(planId);
        planWork(p.getCaseId(), CaseOperation.EDIT_CASE);
        checkVersion("family_plan", p.getId(), p.getVersion(), version);
        if (plans.ofCase(p.getCaseId()).stream().anyMatch(o -> o.getStatus().isInPreparation())) {
            throw new BusinessException("plan.revise.inPreparation");
        }
        return plans.saveAndFlush(p.revise(plans.lastNumber(p.getCaseId()) + 1, clock.instant(), me.getUsername()));
    }

    // ---- Working the tasks ----------------------------------------------------------------------

    /**
     * A new status for a task of the plan being worked: a partner agency on its own tasks, a family
     * member on the family's tasks, the curator on any.
     */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR, AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH, AppRoles.FAMILY})
    @Transactional
    public PlanTask changeTaskStatus(long taskId, long version, TaskStatus status) {
        TaskWork w = taskWork(taskId, "status");
        checkVersion("plan_task", taskId, w.task().getVersion(), version);
        setStatus(w, status);
        return saved("plan_task", w.task());
    }

    /**
     * Progress on a task in one save: a new status (or {@code null} to keep it) and a note (or
     * none); nothing is saved if either is refused.
     */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR, AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH, AppRoles.FAMILY})
    @Transactional
    public PlanTask reportProgress(long taskId, long version, TaskStatus status, String note, boolean internal) {
        TaskWork w = taskWork(taskId, "progress");
        boolean newStatus = status != null && status != w.task().getStatus();
        boolean hasNote = note != null && !note.isBlank();
        if (!newStatus && !hasNote) {
            throw BusinessException.atField("note", "plan.progress.nothing");
        }
        checkVersion("plan_task", taskId, w.task().getVersion(), version);
        if (newStatus) {
            setStatus(w, status);
            saved("plan_task", w.task());
        }
        if (hasNote) {
            writeNote(w, note, internal);
        }
        return w.task();
    }

    /** A progress note on a task, by whoever may work it; staff may mark it internal. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR, AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH, AppRoles.FAMILY})
    @Transactional
    public TaskNote addNote(long taskId, String text, boolean internal) {
        return writeNote(taskWork(taskId, "note"), text, internal);
    }

    /** A task the signed-in user may work now, with what they may set on it. */
    private record TaskWork(UserAccount me, PlanTask task, CaseContext caseContext, Audience audience,
                            Set<TaskStatus> choices) {
    }

    /** The task, if the user may work it (refused and recorded otherwise) and its case allows plan work. */
    private TaskWork taskWork(long taskId, String what) {
        UserAccount me = me();
        PlanTask t = task(taskId);
        CaseContext ctx = readable(t.getGoal().getPlan().getCaseId(), me);
        Audience audience = audience(ctx);
        Set<TaskStatus> choices = statusChoices(ctx, audience, me, t);
        if (choices.isEmpty()) {
            events.publishEvent(AuditEvent.deniedOn("plan-task", t.getId(), ctx.familyId(), ctx.familyName(), ctx.caseId(), what));
            throw new AccessDeniedException("Not this user's task");
        }
        requirePlanWork(ctx);
        return new TaskWork(me, t, ctx, audience, choices);
    }

    private void setStatus(TaskWork w, TaskStatus status) {
        if (status != null && status != w.task().getStatus() && !w.choices().contains(status)) {
            throw BusinessException.atField("status", "plan.task.statusNotYours", new MessageKey(status.messageKey()));
        }
        w.task().changeStatus(status, clock.instant(), w.me().getUsername());
    }

    private TaskNote writeNote(TaskWork w, String text, boolean internal) {
        boolean family = w.audience() == Audience.FAMILY;
        UserAccount me = w.me();
        return notes.saveAndFlush(new TaskNote(w.caseContext().caseId(), w.task().getKey(), clock.instant(), me.getUsername(),
                me.getFullName(), family || me.getAgency() == null ? null : me.getAgency().getId(), family, internal, text));
    }

    // ---- Proposals of partner agencies ----------------------------------------------------------

    /** A partner agency taking part proposes a task of its own for a goal of the plan being worked. */
    @RolesAllowed({AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH})
    @Transactional
    public TaskProposal propose(long caseId, String goalKey, String description, LocalDate dueOn) {
        UserAccount me = me();
        CaseContext ctx = cases.context(caseId, CaseOperation.READ_SHARED);
        requirePlanWork(ctx);
        FamilyPlan active = plans.activeOfCase(caseId).orElseThrow(() -> new BusinessException("plan.proposal.noPlanToJoin"));
        PlanGoal goal = goalKey == null ? null : active.goal(goalKey).orElse(null);
        return proposals.saveAndFlush(new TaskProposal(caseId, goal, me.getAgency(), description, dueOn,
                LocalDate.now(clock), clock.instant(), me.getUsername(), me.getFullName()));
    }

    /** The curator accepts a proposal: the task joins the draft being prepared, or else the plan being worked. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public PlanTask acceptProposal(long proposalId, long version) {
        UserAccount me = me();
        TaskProposal proposal = proposalToDecide(proposalId, version, me);
        List<FamilyPlan> all = plans.ofCase(proposal.getCaseId());
        FamilyPlan target = all.stream().filter(FamilyPlan::isEditable).findFirst()
                .or(() -> all.stream().filter(p -> p.getStatus() == PlanStatus.ACTIVE).findFirst())
                .orElseThrow(() -> new BusinessException("plan.proposal.noPlanToJoin"));
        PlanGoal goal = target.goal(proposal.getGoalKey()).orElseThrow(() -> new BusinessException("plan.proposal.goalGone"));
        TaskDetails d = proposal.asTask();
        PlanTask t = target.acceptProposedTask(goal, parties(d), d);
        proposal.accept(clock.instant(), me.getUsername());
        saved("plan_task_proposal", proposal);
        return t;
    }

    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public TaskProposal rejectProposal(long proposalId, long version, String reason) {
        UserAccount me = me();
        TaskProposal proposal = proposalToDecide(proposalId, version, me);
        proposal.reject(reason, clock.instant(), me.getUsername());
        return saved("plan_task_proposal", proposal);
    }

    // ---- Who may do what --------------------------------------------------------------------------

    /** How a reader relates to a case's plan, from what the access policy grants them. */
    enum Audience {
        STAFF, PARTNER, FAMILY;

        /** Staff read every version; partners the agreed ones; the family those too, and the draft offered to them. */
        boolean mayRead(FamilyPlan p) {
            return switch (this) {
                case STAFF -> true;
                case PARTNER -> PlanStatus.AGREED_OR_LATER.contains(p.getStatus());
                case FAMILY -> PlanStatus.AGREED_OR_LATER.contains(p.getStatus()) || p.isOffered();
            };
        }
    }

    private static Audience audience(CaseContext ctx) {
        if (ctx.may(CaseOperation.READ_INTERNAL)) {
            return Audience.STAFF;
        }
        return ctx.may(CaseOperation.READ_SHARED) ? Audience.PARTNER : Audience.FAMILY;
    }

    /** The case, if the user may read its plan in some way; otherwise the refusal is recorded. */
    private CaseContext readable(long caseId, UserAccount me) {
        CaseOperation needed = me.getRoles().contains(AppRoles.FAMILY) ? CaseOperation.READ_FAMILY_VIEW
                : me.getRoles().stream().anyMatch(PARTNER_ROLES::contains) && !isSocialServices(me)
                ? CaseOperation.READ_SHARED : CaseOperation.READ_CASE;
        return cases.context(caseId, needed);
    }

    private static boolean isSocialServices(UserAccount me) {
        return me.getRoles().contains(AppRoles.CURATOR) || me.getRoles().contains(AppRoles.SUPERVISOR);
    }

    private CaseContext planWork(long caseId, CaseOperation needed) {
        CaseContext ctx = cases.context(caseId, needed);
        requirePlanWork(ctx);
        return ctx;
    }

    private static void requirePlanWork(CaseContext ctx) {
        if (!ctx.stage().allowsPlanWork()) {
            throw new BusinessException("plan.stageNotAllowed", new MessageKey(ctx.stage().messageKey()));
        }
    }

    private Set<TaskStatus> statusChoices(CaseContext ctx, Audience audience, UserAccount me, PlanTask t) {
        if (t.getGoal().getPlan().getStatus() != PlanStatus.ACTIVE || !ctx.stage().allowsPlanWork()) {
            return Set.of();
        }
        return switch (audience) {
            case STAFF -> ctx.may(CaseOperation.EDIT_CASE) ? EnumSet.allOf(TaskStatus.class) : Set.of();
            case PARTNER -> t.isFor(me.getAgency()) ? TaskStatus.PARTNER_CHOICES : Set.of();
            case FAMILY -> t.getSide() == TaskSide.FAMILY ? TaskStatus.FAMILY_CHOICES : Set.of();
        };
    }

    private Set<PlanSheet.Action> actions(FamilyPlan p, CaseContext ctx, Audience audience, boolean latest) {
        Set<PlanSheet.Action> a = EnumSet.noneOf(PlanSheet.Action.class);
        if (!ctx.stage().allowsPlanWork()) {
            return a;
        }
        boolean edit = ctx.may(CaseOperation.EDIT_CASE);
        switch (p.getStatus()) {
            case DRAFT -> {
                if (edit && p.isEditable()) {
                    a.addAll(EnumSet.of(PlanSheet.Action.EDIT, PlanSheet.Action.OFFER, PlanSheet.Action.RECORD_SIGNATURE));
                }
                if (edit && p.isOffered()) {
                    a.addAll(EnumSet.of(PlanSheet.Action.TAKE_BACK, PlanSheet.Action.RECORD_SIGNATURE));
                }
                if (audience == Audience.FAMILY && p.isOffered()) {
                    a.add(PlanSheet.Action.ACKNOWLEDGE);
                }
            }
            case AGREED -> {
                if (ctx.may(CaseOperation.DECIDE)) {
                    a.add(PlanSheet.Action.APPROVE);
                }
                if (edit) {
                    a.add(PlanSheet.Action.RETURN_TO_DRAFT);
                }
            }
            case APPROVED -> {
                if (edit) {
                    a.addAll(EnumSet.of(PlanSheet.Action.ACTIVATE, PlanSheet.Action.RETURN_TO_DRAFT));
                }
            }
            case ACTIVE -> {
                if (edit) {
                    a.addAll(EnumSet.of(PlanSheet.Action.COMPLETE, PlanSheet.Action.RATE));
                    if (latest) {
                        a.add(PlanSheet.Action.REVISE);
                    }
                }
                if (audience == Audience.PARTNER) {
                    a.add(PlanSheet.Action.PROPOSE_TASK);
                }
            }
            default -> {
            }
        }
        return a;
    }

    // ---- Building what readers see ----------------------------------------------------------------

    PlanSheet toSheet(FamilyPlan p, CaseContext ctx, Audience audience, UserAccount me) {
        LocalDate today = LocalDate.now(clock);
        Long myAgency = audience == Audience.PARTNER && me.getAgency() != null ? me.getAgency().getId() : null;
        Map<String, List<PlanSheet.Note>> notesByTask = new HashMap<>();
        for (TaskNote n : plans.notesOfCase(p.getCaseId())) {
            boolean readable = switch (audience) {
                case STAFF -> true;
                case PARTNER -> n.readableBy(myAgency);
                case FAMILY -> !n.isInternal();
            };
            if (readable) {
                notesByTask.computeIfAbsent(n.getTaskKey(), k -> new ArrayList<>())
                        .add(new PlanSheet.Note(n.getWrittenAt(), n.getAuthorName(), n.isByFamily(), n.isInternal(), n.getText()));
            }
        }
        List<PlanSheet.Goal> goals = new ArrayList<>();
        for (PlanGoal g : p.getGoals()) {
            List<PlanSheet.Task> tasks = new ArrayList<>();
            for (PlanTask t : g.getTasks()) {
                Set<TaskStatus> choices = statusChoices(ctx, audience, me, t);
                List<PlanSheet.Note> taskNotes = audience == Audience.FAMILY && t.getSide() != TaskSide.FAMILY
                        ? List.of() : notesByTask.getOrDefault(t.getKey(), List.of());
                tasks.add(new PlanSheet.Task(t.getId(), t.getVersion(), t.getKey(), t.getSide(), t.getDescription(),
                        t.getMember() == null ? null : t.getMember().getId(),
                        t.getMember() == null ? null : t.getMember().getFullName(),
                        t.getAgency() == null ? null : t.getAgency().getId(),
                        t.getAgency() == null ? null : t.getAgency().getName(),
                        t.getUser() == null ? null : t.getUser().getFullName(),
                        t.getUser() == null ? null : t.getUser().getEmail(),
                        t.getDueOn(), t.getStatus(), t.isOverdue(today), choices, taskNotes));
            }
            goals.add(new PlanSheet.Goal(g.getId(), g.getVersion(), g.getKey(), g.getProblemArea(), g.getStatement(),
                    g.getCriterion(), g.getBaseline(), g.getTarget(), g.getDeadline(), g.getWhyItMatters(), g.getRating(),
                    tasks));
        }
        boolean latest = plans.ofCase(p.getCaseId()).getFirst().equals(p);
        return new PlanSheet(p.getId(), p.getVersion(), p.getCaseId(), ctx.familyName(), p.getNumber(), p.getStatus(),
                p.getStartsOn(), p.getEndsOn(), p.isOffered(), p.getAgreement(), p.getAgreedByName(), p.getSignedOn(),
                p.getAgreedAt(), fullName(p.getApprovedBy()), p.getApprovedAt(), p.getActivatedAt(), p.getEndedAt(),
                audience == Audience.STAFF ? p.getReturnedReason() : null, ctx.curatorName(), ctx.curatorEmail(),
                ctx.teamAgencyName(), goals, p.familyOverload(), actions(p, ctx, audience, latest));
    }

    private String fullName(String username) {
        if (username == null) {
            return null;
        }
        return plans.usersNamed(username).stream().findFirst().orElse(username);
    }

    // ---- Loading and saving -------------------------------------------------------------------------

    private FamilyPlan onPlan(long planId, long version, CaseOperation needed, Consumer<FamilyPlan> change) {
        FamilyPlan p = plan(planId);
        planWork(p.getCaseId(), needed);
        checkVersion("family_plan", p.getId(), p.getVersion(), version);
        change.accept(p);
        return saved("family_plan", p);
    }

    private PlanGoal goalToChange(long goalId, long version, CaseOperation needed) {
        PlanGoal g = plans.goal(goalId).orElseThrow(() -> new BusinessException("error.notFound.record"));
        planWork(g.getPlan().getCaseId(), needed);
        checkVersion("plan_goal", g.getId(), g.getVersion(), version);
        return g;
    }

    private TaskProposal proposalToDecide(long proposalId, long version, UserAccount me) {
        TaskProposal proposal = plans.proposal(proposalId).orElseThrow(() -> new BusinessException("error.notFound.record"));
        planWork(proposal.getCaseId(), CaseOperation.EDIT_CASE);
        checkVersion("plan_task_proposal", proposal.getId(), proposal.getVersion(), version);
        return proposal;
    }

    private FamilyPlan plan(long id) {
        return plans.findById(id).orElseThrow(() -> new BusinessException("error.notFound.record"));
    }

    private PlanTask task(long id) {
        return plans.task(id).orElseThrow(() -> new BusinessException("error.notFound.record"));
    }

    private void checkVersion(String table, long id, long current, long expected) {
        if (current != expected) {
            throw lastChange.conflict(table, id);
        }
    }

    /** Writes the change now, so that a concurrent save is found here and its winner named. */
    private <T extends AbstractEntity> T saved(String table, T entity) {
        try {
            plans.flush();
            return entity;
        } catch (OptimisticLockingFailureException e) {
            throw lastChange.conflict(table, entity.getId());
        }
    }

    private TaskParties parties(TaskDetails d) {
        FamilyMember m = d.getMemberId() == null ? null : em.find(FamilyMember.class, d.getMemberId());
        Agency a = d.getAgencyId() == null ? null : em.find(Agency.class, d.getAgencyId());
        UserAccount u = d.getUserId() == null ? null : em.find(UserAccount.class, d.getUserId());
        return new TaskParties(m, a, u);
    }

    /** An agency given a task takes part in the case from now on. */
    private void takesPart(CaseContext ctx, PlanTask t) {
        if (t.isPartnerTask()) {
            sharing.takePart(ctx.caseId(), t.getAgency().getId(), CaseParticipant.Reason.PLAN_TASK);
        }
    }

    private UserAccount me() {
        return accounts.signedInAccount().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
