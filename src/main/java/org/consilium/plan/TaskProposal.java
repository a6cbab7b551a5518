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
import org.consilium.agency.Agency;
import org.consilium.base.AbstractEntity;
import org.consilium.base.BusinessException;
import org.consilium.base.FamilyRecord;
import org.consilium.base.UserText;

/** A task a partner agency proposes for a goal of the plan; the curator accepts it into the plan or rejects it with a reason. */
@Entity
@Table(name = "plan_task_proposal")
public class TaskProposal extends AbstractEntity implements FamilyRecord {

    public enum Status {
        PROPOSED, ACCEPTED, REJECTED;

        public String messageKey() {
            return "plan.proposal.status." + name();
        }
    }

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "goal_key", nullable = false, length = 36)
    private String goalKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(nullable = false, length = PlanTask.DESCRIPTION_MAX)
    private String description;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "proposed_by", nullable = false, length = 50)
    private String proposedBy;

    @Column(name = "proposed_by_name", nullable = false, length = 200)
    private String proposedByName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.PROPOSED;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 50)
    private String decidedBy;

    @Column(name = "decision_reason", length = FamilyPlan.REASON_MAX)
    private String decisionReason;

    protected TaskProposal() {
    }

    TaskProposal(long caseId, PlanGoal goal, Agency agency, String description, LocalDate dueOn, LocalDate today,
                 Instant now, String by, String byName) {
        if (goal == null) {
            throw BusinessException.atField(ProposalDetails.GOAL, "validation.required");
        }
        this.caseId = caseId;
        this.goalKey = goal.getKey();
        this.agency = agency;
        this.description = UserText.check(ProposalDetails.DESCRIPTION, description, PlanTask.DESCRIPTION_MAX, true);
        if (dueOn == null) {
            throw BusinessException.atField(ProposalDetails.DUE_ON, "validation.required");
        }
        if (dueOn.isBefore(today)) {
            throw BusinessException.atField(ProposalDetails.DUE_ON, "case.due.past");
        }
        goal.getPlan().checkWithin(ProposalDetails.DUE_ON, dueOn);
        this.dueOn = dueOn;
        this.proposedAt = now;
        this.proposedBy = by;
        this.proposedByName = byName;
    }

    void accept(Instant now, String by) {
        decide(Status.ACCEPTED, now, by, null);
    }

    void reject(String reason, Instant now, String by) {
        decide(Status.REJECTED, now, by, UserText.check("reason", reason, FamilyPlan.REASON_MAX, true));
    }

    private void decide(Status to, Instant now, String by, String reason) {
        if (status != Status.PROPOSED) {
            throw new BusinessException("plan.proposal.decided");
        }
        this.status = to;
        this.decidedAt = now;
        this.decidedBy = by;
        this.decisionReason = reason;
    }

    /** The task the proposal becomes: the proposing agency's, in the specialists' column. */
    TaskDetails asTask() {
        TaskDetails d = new TaskDetails();
        d.setSide(TaskSide.SPECIALIST);
        d.setDescription(description);
        d.setAgencyId(agency.getId());
        d.setDueOn(dueOn);
        return d;
    }

    public long getCaseId() { return caseId; }
    public String getGoalKey() { return goalKey; }
    public Agency getAgency() { return agency; }
    public String getDescription() { return description; }
    public LocalDate getDueOn() { return dueOn; }
    public Instant getProposedAt() { return proposedAt; }
    public String getProposedBy() { return proposedBy; }
    public String getProposedByName() { return proposedByName; }
    public Status getStatus() { return status; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
    public String getDecisionReason() { return decisionReason; }

    @Override
    public Long auditFamilyId() {
        return null;
    }

    @Override
    public Long auditCaseId() {
        return caseId;
    }
}
