package org.consilium.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consilium.base.AbstractEntity;
import org.consilium.base.BusinessException;
import org.consilium.base.FamilyRecord;
import org.consilium.base.MessageKey;
import org.consilium.base.RecordNotFoundException;
import org.consilium.base.UserText;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * One version of a case's family plan (ИПСС; seeds 001 and 003), with its goals and their tasks. The
 * curator writes a draft and offers it to the family; the family agrees (in the portal or on paper),
 * the supervisor approves, the curator starts it, and at a review revises it into a new draft or
 * completes it. Only a draft that is not on offer can be edited; tasks are worked while it is active.
 */
@Entity
@Table(name = "family_plan")
public class FamilyPlan extends AbstractEntity implements FamilyRecord {

    public static final int REASON_MAX = 1000;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "family_id", nullable = false)
    private long familyId;

    @Column(name = "plan_number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanStatus status;

    @Embedded
    private PlanPeriod period;

    @Column(name = "revised_from_id")
    private Long revisedFromId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;

    @Column(name = "offered_at")
    private Instant offeredAt;

    @Embedded
    private PlanAgreement agreement;

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

    /** Loaded for all the plans read with this one in one statement, not plan by plan. */
    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position, id")
    @Fetch(FetchMode.SUBSELECT)
    private List<PlanGoal> goals = new ArrayList<>();

    protected FamilyPlan() {
    }

    private FamilyPlan(long caseId, long familyId, int number, PlanPeriod period, Long revisedFromId, Instant now, String by) {
        this.caseId = caseId;
        this.familyId = familyId;
        this.number = number;
        this.status = PlanStatus.DRAFT;
        this.period = period;
        this.revisedFromId = revisedFromId;
        this.createdAt = now;
        this.createdBy = by;
    }

    /** A first (or, after a completed one, a next) plan of a case: an empty draft for the given period. */
    public static FamilyPlan draft(long caseId, long familyId, int number, LocalDate startsOn, LocalDate endsOn,
                                   Instant now, String by) {
        return new FamilyPlan(caseId, familyId, number, PlanPeriod.of(startsOn, endsOn), null, now, by);
    }

    /**
     * A revision: the active plan copied into a new draft, goals and tasks with the same keys, so the
     * versions can be compared. This version stays active until the revision starts.
     */
    public FamilyPlan revise(int newNumber, Instant now, String by) {
        if (status != PlanStatus.ACTIVE) {
            throw new BusinessException("plan.revise.onlyActive");
        }
        FamilyPlan r = new FamilyPlan(caseId, familyId, newNumber, period.copy(), getId(), now, by);
        for (PlanGoal g : goals) {
            r.goals.add(g.copyInto(r));
        }
        return r;
    }

    /** Another period for a draft; the goals' deadlines and tasks' due dates must stay within it. */
    public void changePeriod(LocalDate starts, LocalDate ends) {
        requireEditable();
        PlanPeriod changed = PlanPeriod.of(starts, ends);
        for (PlanGoal g : goals) {
            if (g.getDeadline().isAfter(ends)) {
                throw BusinessException.atField(PeriodDetails.ENDS_ON, "plan.period.goalAfterEnd", g.getStatement());
            }
            for (PlanTask t : g.getTasks()) {
                if (t.getDueOn().isAfter(ends)) {
                    throw BusinessException.atField(PeriodDetails.ENDS_ON, "plan.period.taskAfterEnd", t.getDescription());
                }
            }
        }
        this.period = changed;
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
            checkWithin(GoalDetails.DEADLINE, t.getDueOn());
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
        requireOffered();
        this.offeredAt = null;
    }

    /** A family member acknowledges the offered draft in the portal. */
    public void acknowledge(String memberName, Instant now, String username) {
        requireOffered();
        agree(PlanAgreement.inPortal(memberName, now, username));
    }

    /** The curator records that the family signed the plan on paper: who signed and when. */
    public void recordSignature(String signedBy, LocalDate on, Instant now, String recordedBy, LocalDate today) {
        step(PlanStatus.DRAFT);
        checkComplete();
        agree(PlanAgreement.onPaper(signedBy, on, now, recordedBy, today));
    }

    private void agree(PlanAgreement how) {
        this.status = PlanStatus.AGREED;
        this.agreement = how;
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

    /** Weeks (by their Monday) in which the family's open tasks overload it, and how many; empty when none do. */
    public Map<LocalDate, Integer> familyOverload() {
        return FamilyLoad.overloadedWeeks(tasks());
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
        period.checkWithin(field, date);
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

    private void requireOffered() {
        if (!isOffered()) {
            throw new BusinessException("plan.notOffered");
        }
    }

    private void step(PlanStatus required) {
        if (status != required) {
            throw new BusinessException("plan.illegalStep", new MessageKey(status.messageKey()));
        }
    }

    private void requireOwn(PlanGoal g) {
        if (g == null || g.getPlan() != this) {
            throw new RecordNotFoundException();
        }
    }

    public long getCaseId() { return caseId; }
    public long getFamilyId() { return familyId; }
    public int getNumber() { return number; }
    public PlanStatus getStatus() { return status; }
    public LocalDate getStartsOn() { return period.getStartsOn(); }
    public LocalDate getEndsOn() { return period.getEndsOn(); }
    public Long getRevisedFromId() { return revisedFromId; }
    public Instant getCreatedAt() { return createdAt; }
    /** How the family agreed to this version; {@code null} while it has not. */
    public PlanAgreement getAgreed() { return agreement; }
    public Agreement getAgreement() { return agreement == null ? null : agreement.getWay(); }
    public LocalDate getSignedOn() { return agreement == null ? null : agreement.getSignedOn(); }
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
