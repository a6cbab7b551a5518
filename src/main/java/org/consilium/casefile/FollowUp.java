package org.consilium.casefile;

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
import org.consilium.base.AbstractEntity;
import org.consilium.base.BusinessException;
import org.consilium.base.FamilyRecord;
import org.consilium.base.UserText;

/**
 * A planned contact with a family after its case closed (seed 000: post-closure follow-up), due some
 * months after the closure by the administrator's schedule; once made, it records how the contact went
 * and whether the results of the work held. Planned contacts are cancelled when the case is reopened.
 */
@Entity
@Table(name = "case_follow_up")
public class FollowUp extends AbstractEntity implements FamilyRecord {

    public static final int NOTES_MAX = 4000;

    /** Where a follow-up stands. */
    public enum Status { PLANNED, DONE, CANCELLED }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private FamilyCase familyCase;

    /** Which contact of the schedule: 1 for the first. */
    @Column(name = "step_no", nullable = false)
    private int step;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "contacted_on")
    private LocalDate contactedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_kind", length = 30)
    private ContactKind contactKind;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private FollowUpResult result;

    @Column(columnDefinition = "TEXT")
    private String notes;

    @Column(name = "recorded_by", length = 50)
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected FollowUp() {
    }

    FollowUp(FamilyCase familyCase, int step, LocalDate dueOn) {
        this.familyCase = familyCase;
        this.step = step;
        this.dueOn = dueOn;
        this.status = Status.PLANNED;
    }

    /** Records the contact made: when, how, whether the results held, and what was found. */
    void record(FollowUpDetails d, LocalDate closedOn, LocalDate today, Instant now, String by) {
        if (status != Status.PLANNED) {
            throw new BusinessException("followUp.notPlanned");
        }
        if (d.getContactedOn() == null) {
            throw BusinessException.atField(FollowUpDetails.CONTACTED_ON, "validation.required");
        }
        if (d.getContactedOn().isAfter(today)) {
            throw BusinessException.atField(FollowUpDetails.CONTACTED_ON, "followUp.contactedOn.future");
        }
        if (closedOn != null && d.getContactedOn().isBefore(closedOn)) {
            throw BusinessException.atField(FollowUpDetails.CONTACTED_ON, "followUp.contactedOn.beforeClosure");
        }
        if (d.getContactKind() == null) {
            throw BusinessException.atField(FollowUpDetails.CONTACT_KIND, "validation.required");
        }
        if (d.getResult() == null) {
            throw BusinessException.atField(FollowUpDetails.RESULT, "validation.required");
        }
        String n = UserText.check(FollowUpDetails.NOTES, d.getNotes(), NOTES_MAX, true);
        this.contactedOn = d.getContactedOn();
        this.contactKind = d.getContactKind();
        this.result = d.getResult();
        this.notes = n;
        this.recordedBy = by;
        this.recordedAt = now;
        this.status = Status.DONE;
    }

    void cancel() {
        if (status == Status.PLANNED) {
            status = Status.CANCELLED;
        }
    }

    public boolean isPlanned() {
        return status == Status.PLANNED;
    }

    public FamilyCase getFamilyCase() { return familyCase; }
    public int getStep() { return step; }
    public LocalDate getDueOn() { return dueOn; }
    public Status getStatus() { return status; }
    public LocalDate getContactedOn() { return contactedOn; }
    public ContactKind getContactKind() { return contactKind; }
    public FollowUpResult getResult() { return result; }
    public String getNotes() { return notes; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }

    @Override
    public Long auditFamilyId() {
        return familyCase == null ? null : familyCase.auditFamilyId();
    }

    @Override
    public Long auditCaseId() {
        return familyCase == null ? null : familyCase.getId();
    }

    @Override
    public Long auditTeamId() {
        return familyCase == null ? null : familyCase.auditTeamId();
    }
}
