package org.consilium.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.consilium.base.AbstractEntity;
import org.consilium.base.BusinessException;
import org.consilium.base.FamilyRecord;
import org.consilium.base.MessageKey;
import org.consilium.base.UserText;

/**
 * One version of a case's family plan (ИПСС; seeds 001 and 003), with its goals and their tasks. The
 * curator writes a draft and offers it to the family; the family agrees (in the portal or on paper),
 * the supervisor approves, the curator starts it, and at a review revises it into a new draft or
 * completes it. Only a draft that is not on offer can be edited; tasks are worked while it is active.
 */
@Entity
@Table(name = "family_plan")
public class FamilyPlan extends AbstractEntity implements FamilyRecord {

    /** How long a plan may run; the methodology reviews plans within a year. */
    public static final int MAX_MONTHS = 24;
    /** More open family tasks due in one week than this overloads the family (seed 001). */
    public static final int FAMILY_TASKS_PER_WEEK = 3;
    public static final int REASON_MAX = 1000;
    public static final int NAME_MAX = 200;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "family_id", nullable = false)
    private long familyId;

    @Column(name = "plan_number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanStatus status;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "revised_from_id")
    private Long revisedFromId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;

    @Column(name = "offered_at")
    private Instant offeredAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Agreement agreement;

    @Column(name = "agreed_at")
    private Instant agreedAt;

    @Column(name = "agreed_by_name", length = NAME_MAX)
    private String agreedByName;

    @Column(name = "agreed_recorded_by", length = 50)
    private String agreedRecordedBy;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approved_by", length = 50)
    private String approvedBy;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "returned_reason", length = REASON_MAX)
    private String returnedReason;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position, id")
    private List<PlanGoal> goals = new ArrayList<>();

    protected FamilyPlan() {
    }

    /** A first (or, after a completed one, a next) plan of a case: an empty draft for the given period. */
    public static FamilyPlan draft(long caseId, long familyId, int number, LocalDate startsOn, LocalDate endsOn,
                                   Instant now, String by) {
        FamilyPlan p = new FamilyPlan();
        p.caseId = caseId;
        p.familyId = familyId;
        p.number = number;
        p.status = PlanStatus.DRAFT;
        p.checkPeriod(startsOn, endsOn);
        p.startsOn = startsOn;
        p.endsOn = endsOn;
        p.createdAt = now;
        p.createdBy = by;
        return p;
    }

    /**
     * A revision: the active plan copied into a new draft, goals and tasks with the same keys, so the
     * versions can be compared. This version stays active until the revision starts.
     */
    public FamilyPlan revise(int newNumber, Instant now, String by) {
        if (status != PlanStatus.ACTIVE) {
            throw new BusinessException("plan.revise.onlyActive");
        }
        FamilyPlan r = new FamilyPlan();
        r.caseId = caseId;
        r.familyId = familyId;
        r.number = newNumber;
        r.status = PlanStatus.DRAFT;
        r.startsOn = startsOn;
        r.endsOn = endsOn;
        r.revisedFromId = getId();
        r.createdAt = now;
        r.createdBy = by;
        for (PlanGoal g : goals) {
            r.goals.add(g.copyInto(r));
        }
        return r;
    }

    /** Another period for a draft; the goals' deadlines and tasks' due dates must stay within it. */
    public void changePeriod(LocalDate starts, LocalDate ends) {
        requireEditable();
        checkPeriod(starts, ends);
        for (PlanGoal g : goals) {
            if (g.getDeadline().isAfter(ends)) {
                throw BusinessException.atField("endsOn", "plan.period.goalAfterEnd", g.getStatement());
            }
            for (PlanTask t : g.getTasks()) {
                if (t.getDueOn().isAfter(ends)) {
                    throw BusinessException.atField("endsOn", "plan.period.taskAfterEnd", t.getDescription());
                }
            }
        }
        this.startsOn = starts;
        this.endsOn = ends;
    }

    public PlanGoal addGoal(GoalDetails d) {
        requireEditable();
        PlanGoal g = new PlanGoal(this, goals.isEmpty() ? 0 : goals.getLast().getPosition() + 1, d);
        goals.add(g);
        return g;
    }

    public void changeGoal(PlanGoal g, GoalDetails d) {
        requireEditable();
        requireOwn(g);
        g.apply(d);
        for (PlanTask t : g.getTasks()) {
            checkWithin("deadline", t.getDueOn());
        }
    }

    public void removeGoal(PlanGoal g) {
        requireEditable();
        requireOwn(g);
        goals.remove(g);
    }

    PlanTask addTask(PlanGoal g, TaskParties parties, TaskDetails d) {
        requireEditable();
        requireOwn(g);
        return g.addTask(parties, d);
    }

    void changeTask(PlanTask t, TaskParties parties, TaskDetails d) {
        requireEditable();
        requireOwn(t.getGoal());
        t.apply(parties, d);
    }

    void removeTask(PlanTask t) {
        requireEditable();
        requireOwn(t.getGoal());
        t.getGoal().removeTask(t);
    }

    /**
     * A task a partner proposed and the curator accepted. It joins a draft like any task, or the
     * plan being worked directly: a specialist's task adds help without asking more of the family.
     */
    PlanTask acceptProposedTask(PlanGoal g, TaskParties parties, TaskDetails d) {
        if (!(isEditable() || status == PlanStatus.ACTIVE) || d.getSide() != TaskSide.SPECIALIST) {
            throw new BusinessException("plan.proposal.noPlanToJoin");
        }
        requireOwn(g);
        return g.addTask(parties, d);
    }

    /** Offers the draft to the family to read and agree to; it cannot be edited while on offer. */
    public void offer(Instant now) {
        requireEditable();
        checkComplete();
        this.offeredAt = now;
    }

    /** Takes an offered draft back to edit it. */
    public void takeBack() {
        if (status != PlanStatus.DRAFT || offeredAt == null) {
            throw new BusinessException("plan.notOffered");
        }
        this.offeredAt = null;
    }

    /** A family member acknowledges the offered draft in the portal. */
    public void acknowledge(String memberName, Instant now, String username) {
        if (status != PlanStatus.DRAFT || offeredAt == null) {
            throw new BusinessException("plan.notOffered");
        }
        agree(Agreement.PORTAL, UserText.check("name", memberName, NAME_MAX, true), now, username, null);
    }

    /** The curator records that the family signed the plan on paper: who signed and when. */
    public void recordSignature(String signedBy, LocalDate on, Instant now, String recordedBy, LocalDate today) {
        if (status != PlanStatus.DRAFT) {
            throw new BusinessException("plan.illegalStep", new MessageKey(status.messageKey()));
        }
        checkComplete();
        String who = UserText.check("signedBy", signedBy, NAME_MAX, true);
        if (on == null) {
            throw BusinessException.atField("signedOn", "validation.required");
        }
        if (on.isAfter(today)) {
            throw BusinessException.atField("signedOn", "plan.signedOn.future");
        }
        agree(Agreement.PAPER, who, now, recordedBy, on);
    }

    private void agree(Agreement way, String who, Instant now, String recordedBy, LocalDate on) {
        this.status = PlanStatus.AGREED;
        this.agreement = way;
        this.agreedByName = who;
        this.agreedAt = now;
        this.agreedRecordedBy = recordedBy;
        this.signedOn = on;
        this.returnedReason = null;
    }

    /** The supervisor approves the plan the family agreed to. */
    public void approve(Instant now, String by) {
        step(PlanStatus.AGREED);
        this.status = PlanStatus.APPROVED;
        this.approvedAt = now;
        this.approvedBy = by;
    }

    /** An agreed or approved plan goes back to a draft to be changed, with the reason; the family agrees again. */
    public void returnToDraft(String reason) {
        if (status != PlanStatus.AGREED && status != PlanStatus.APPROVED) {
            throw new BusinessException("plan.illegalStep", new MessageKey(status.messageKey()));
        }
        this.returnedReason = UserText.check("reason", reason, REASON_MAX, true);
        this.status = PlanStatus.DRAFT;
        this.offeredAt = null;
        this.agreement = null;
        this.agreedAt = null;
        this.agreedByName = null;
        this.agreedRecordedBy = null;
        this.signedOn = null;
        this.approvedAt = null;
        this.approvedBy = null;
    }

    /**
     * Starts work on the approved plan. The version it revised, if still active, is replaced; the
     * statuses its tasks were given while the revision was prepared carry over.
     */
    public void activate(Instant now, FamilyPlan previous) {
        step(PlanStatus.APPROVED);
        if (previous != null) {
            if (previous.status != PlanStatus.ACTIVE || previous.caseId != caseId) {
                throw new BusinessException("plan.illegalStep", new MessageKey(previous.status.messageKey()));
            }
            for (PlanGoal g : goals) {
                for (PlanTask t : g.getTasks()) {
                    previous.task(t.getKey()).filter(old -> old.getStatusChangedAt() != null
                                    && old.getStatusChangedAt().isAfter(createdAt))
                            .ifPresent(t::carryStatusFrom);
                }
            }
            previous.status = PlanStatus.REPLACED;
            previous.endedAt = now;
        }
        this.status = PlanStatus.ACTIVE;
        this.activatedAt = now;
    }

    /** Ends the plan being worked: its goals were reviewed and the case goes on without it. */
    public void complete(Instant now) {
        step(PlanStatus.ACTIVE);
        this.status = PlanStatus.COMPLETED;
        this.endedAt = now;
    }

    /** A goal's rating at a review; only for the plan being worked. */
    public void rateGoal(PlanGoal g, Integer rating) {
        step(PlanStatus.ACTIVE);
        requireOwn(g);
        g.rate(rating);
    }

    /** Whether the curator may change the plan's content: a draft that is not on offer to the family. */
    public boolean isEditable() {
        return status == PlanStatus.DRAFT && offeredAt == null;
    }

    public boolean isOffered() {
        return status == PlanStatus.DRAFT && offeredAt != null;
    }

    /**
     * Weeks (by their Monday) in which more of the family's open tasks fall due than it can carry,
     * and how many; empty when the plan does not overload the family.
     */
    public Map<LocalDate, Integer> familyOverload() {
        Map<LocalDate, Integer> perWeek = new TreeMap<>();
        for (PlanGoal g : goals) {
            for (PlanTask t : g.getTasks()) {
                if (t.getSide() == TaskSide.FAMILY && t.getStatus().isOpen()) {
                    perWeek.merge(t.getDueOn().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), 1, Integer::sum);
                }
            }
        }
        perWeek.values().removeIf(n -> n <= FAMILY_TASKS_PER_WEEK);
        return perWeek;
    }

    /** All tasks of the plan, goal by goal. */
    public List<PlanTask> tasks() {
        return goals.stream().flatMap(g -> g.getTasks().stream()).toList();
    }

    public Optional<PlanTask> task(String key) {
        return tasks().stream().filter(t -> t.getKey().equals(key)).findFirst();
    }

    public Optional<PlanGoal> goal(String key) {
        return goals.stream().filter(g -> g.getKey().equals(key)).findFirst();
    }

    void checkWithin(String field, LocalDate date) {
        if (date.isAfter(endsOn)) {
            throw BusinessException.atField(field, "plan.date.afterEnd", endsOn);
        }
    }

    private void checkPeriod(LocalDate starts, LocalDate ends) {
        if (starts == null) {
            throw BusinessException.atField("startsOn", "validation.required");
        }
        if (ends == null) {
            throw BusinessException.atField("endsOn", "validation.required");
        }
        if (!ends.isAfter(starts)) {
            throw BusinessException.atField("endsOn", "plan.period.endBeforeStart");
        }
        if (ends.isAfter(starts.plusMonths(MAX_MONTHS))) {
            throw BusinessException.atField("endsOn", "plan.period.tooLong", MAX_MONTHS);
        }
    }

    /** Before the family is asked to agree: at least one goal, and every goal with a task. */
    private void checkComplete() {
        if (goals.isEmpty()) {
            throw new BusinessException("plan.incomplete.noGoals");
        }
        for (PlanGoal g : goals) {
            if (g.getTasks().isEmpty()) {
                throw new BusinessException("plan.incomplete.goalWithoutTasks", g.getStatement());
            }
        }
    }

    private void requireEditable() {
        if (status != PlanStatus.DRAFT) {
            throw new BusinessException("plan.notDraft", new MessageKey(status.messageKey()));
        }
        if (offeredAt != null) {
            throw new BusinessException("plan.offeredTakeBack");
        }
    }

    private void step(PlanStatus required) {
        if (status != required) {
            throw new BusinessException("plan.illegalStep", new MessageKey(status.messageKey()));
        }
    }

    private void requireOwn(PlanGoal g) {
        if (g == null || g.getPlan() != this) {
            throw new BusinessException("error.notFound.record");
        }
    }

    public long getCaseId() { return caseId; }
    public long getFamilyId() { return familyId; }
    public int getNumber() { return number; }
    public PlanStatus getStatus() { return status; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public Long getRevisedFromId() { return revisedFromId; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getOfferedAt() { return offeredAt; }
    public Agreement getAgreement() { return agreement; }
    public Instant getAgreedAt() { return agreedAt; }
    public String getAgreedByName() { return agreedByName; }
    public String getAgreedRecordedBy() { return agreedRecordedBy; }
    public LocalDate getSignedOn() { return signedOn; }
    public Instant getApprovedAt() { return approvedAt; }
    public String getApprovedBy() { return approvedBy; }
    public Instant getActivatedAt() { return activatedAt; }
    public Instant getEndedAt() { return endedAt; }
    public String getReturnedReason() { return returnedReason; }
    public List<PlanGoal> getGoals() { return List.copyOf(goals); }

    @Override
    public Long auditFamilyId() {
        return familyId;
    }

    @Override
    public Long auditCaseId() {
        return caseId;
    }
}
