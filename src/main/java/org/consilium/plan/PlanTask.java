package org.consilium.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.consilium.account.UserAccount;
import org.consilium.agency.Agency;
import org.consilium.agency.AgencyType;
import org.consilium.base.AbstractEntity;
import org.consilium.base.BusinessException;
import org.consilium.base.FamilyRecord;
import org.consilium.base.MessageKey;
import org.consilium.base.UserText;
import org.consilium.family.FamilyMember;

/**
 * A task of a goal, in the family's column (a family member is responsible) or the specialists'
 * column (an agency, perhaps a named user of it), due by a date within the plan. Its status is worked
 * once the plan is active; it is overdue while open past its due date.
 */
@Entity
@Table(name = "plan_task")
public class PlanTask extends AbstractEntity implements FamilyRecord {

    public static final int DESCRIPTION_MAX = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "goal_id")
    private PlanGoal goal;

    /** The same task in every version of the plan; its notes are kept by this key. */
    @Column(name = "item_key", nullable = false, length = 36)
    private String key;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TaskSide side;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private FamilyMember member;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TaskStatus status = TaskStatus.PLANNED;

    /** Where the task came from when not from the plan's own drafting (a meeting's decision), and its address. */
    @Column(name = "origin_label", length = 200)
    private String originLabel;

    @Column(name = "origin_route", length = 100)
    private String originRoute;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    @Column(name = "status_changed_by", length = 50)
    private String statusChangedBy;

    protected PlanTask() {
    }

    PlanTask(PlanGoal goal, int position, TaskParties parties, TaskDetails details) {
        this.goal = goal;
        this.key = UUID.randomUUID().toString();
        this.position = position;
        apply(parties, details);
    }

    PlanTask copyInto(PlanGoal revisedGoal) {
        PlanTask copy = new PlanTask();
        copy.goal = revisedGoal;
        copy.key = key;
        copy.position = position;
        copy.side = side;
        copy.description = description;
        copy.member = member;
        copy.agency = agency;
        copy.user = user;
        copy.dueOn = dueOn;
        copy.status = status;
        copy.statusChangedAt = statusChangedAt;
        copy.statusChangedBy = statusChangedBy;
        copy.originLabel = originLabel;
        copy.originRoute = originRoute;
        return copy;
    }

    /**
     * Checks and takes the task's content. The family's column names a member of the plan's family;
     * the specialists' column a partner or social-services agency, and perhaps a user of it.
     */
    void apply(TaskParties parties, TaskDetails d) {
        if (d.getSide() == null) {
            throw BusinessException.atField(TaskDetails.SIDE, "validation.required");
        }
        String text = UserText.check(TaskDetails.DESCRIPTION, d.getDescription(), DESCRIPTION_MAX, true);
        FamilyMember m = null;
        Agency a = null;
        UserAccount u = null;
        if (d.getSide() == TaskSide.FAMILY) {
            m = parties.member();
            if (m == null) {
                // A member is looked up within the plan's family: an id not found there is someone else's.
                throw BusinessException.atField(TaskDetails.MEMBER,
                        d.getMemberId() == null ? "plan.task.memberRequired" : "plan.task.memberOfFamily");
            }
            if (!Objects.equals(m.getFamily().getId(), goal.getPlan().getFamilyId())) {
                throw BusinessException.atField(TaskDetails.MEMBER, "plan.task.memberOfFamily");
            }
        } else {
            a = parties.agency();
            if (a == null) {
                throw BusinessException.atField(TaskDetails.AGENCY, "plan.task.agencyRequired");
            }
            u = parties.user();
            if (u != null && (u.getAgency() == null || !u.getAgency().equals(a) || !u.isEnabled())) {
                throw BusinessException.atField(TaskDetails.USER, "plan.task.userOfAgency", a.getName());
            }
        }
        if (d.getDueOn() == null) {
            throw BusinessException.atField(TaskDetails.DUE_ON, "validation.required");
        }
        goal.getPlan().checkWithin(TaskDetails.DUE_ON, d.getDueOn());
        this.side = d.getSide();
        this.description = text;
        this.member = m;
        this.agency = a;
        this.user = u;
        this.dueOn = d.getDueOn();
    }

    /** A new status, set on a task of the plan being worked. */
    void changeStatus(TaskStatus to, Instant now, String by) {
        if (goal.getPlan().getStatus() != PlanStatus.ACTIVE) {
            throw new BusinessException("plan.task.notActive");
        }
        if (to == null) {
            throw BusinessException.atField(ProgressDetails.STATUS, "validation.required");
        }
        if (to == status) {
            throw BusinessException.atField(ProgressDetails.STATUS, "plan.task.sameStatus", new MessageKey(to.messageKey()));
        }
        this.status = to;
        this.statusChangedAt = now;
        this.statusChangedBy = by;
    }

    /** A status worked on the version a revision replaces, carried into the revision when it starts. */
    void carryStatusFrom(PlanTask older) {
        this.status = older.status;
        this.statusChangedAt = older.statusChangedAt;
        this.statusChangedBy = older.statusChangedBy;
    }

    /** Open past its due date. */
    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && dueOn.isBefore(today);
    }

    /** Whether the task is the given agency's to carry out. */
    public boolean isFor(Agency a) {
        return side == TaskSide.SPECIALIST && agency != null && agency.equals(a);
    }

    /** A partner agency's task (not one of social services themselves). */
    public boolean isPartnerTask() {
        return side == TaskSide.SPECIALIST && agency != null && agency.getType() != AgencyType.SOCIAL_SERVICES;
    }

    public PlanGoal getGoal() { return goal; }
    public String getKey() { return key; }
    public int getPosition() { return position; }
    public TaskSide getSide() { return side; }
    public String getDescription() { return description; }
    public FamilyMember getMember() { return member; }
    public Agency getAgency() { return agency; }
    public UserAccount getUser() { return user; }
    public LocalDate getDueOn() { return dueOn; }
    public TaskStatus getStatus() { return status; }
    public Instant getStatusChangedAt() { return statusChangedAt; }
    public String getStatusChangedBy() { return statusChangedBy; }

    @Override
    public Long auditFamilyId() {
        return goal.auditFamilyId();
    }

    @Override
    public Long auditCaseId() {
        return goal.auditCaseId();
    }

    /** Remembers where the task came from (a meeting's decision) and the address that shows it. */
    void cameFrom(String label, String route) {
        this.originLabel = label == null || label.length() <= 200 ? label : label.substring(0, 199) + "…";
        this.originRoute = route;
    }

    public String getOriginLabel() { return originLabel; }
    public String getOriginRoute() { return originRoute; }
}
