package org.consilium.monitoring;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.consilium.base.AbstractEntity;
import org.consilium.base.BusinessException;
import org.consilium.base.FamilyRecord;
import org.consilium.base.UserText;
import org.consilium.casefile.ContactKind;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * A contact of the curator (or a colleague of the team) with the family (seed 001: visits, calls and
 * consultations are recorded): when, how, who took part, what happened and the next step, with the
 * family's own tasks that were seen done at it. It can be corrected later; the tasks ticked off stay.
 */
@Entity
@Table(name = "case_contact")
public class Contact extends AbstractEntity implements FamilyRecord {

    public static final int PARTICIPANTS_MAX = 500;
    public static final int NOTES_MAX = 4000;
    public static final int NEXT_STEP_MAX = 1000;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "family_id", nullable = false)
    private long familyId;

    @Column(name = "contacted_on", nullable = false)
    private LocalDate contactedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ContactKind kind;

    @Column(nullable = false, length = PARTICIPANTS_MAX)
    private String participants;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String notes;

    @Column(name = "next_step", length = NEXT_STEP_MAX)
    private String nextStep;

    @Column(name = "next_step_on")
    private LocalDate nextStepOn;

    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    /**
     * The family's tasks ticked off at this contact, as they read then; read for all the contacts of a
     * query in one statement, not contact by contact.
     */
    @ElementCollection
    @CollectionTable(name = "case_contact_task", joinColumns = @JoinColumn(name = "contact_id"))
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SUBSELECT)
    @Column(name = "description", nullable = false, length = 1000)
    private List<String> tasksDone = new ArrayList<>();

    protected Contact() {
    }

    public Contact(long caseId, long familyId, ContactDetails d, LocalDate today, Instant now, String by) {
        this.caseId = caseId;
        this.familyId = familyId;
        this.recordedBy = by;
        this.recordedAt = now;
        change(d, today);
    }

    /** Sets what the contact was; refused at the field if a required part is missing or a date is wrong. */
    public void change(ContactDetails d, LocalDate today) {
        if (d.getContactedOn() == null) {
            throw BusinessException.atField(ContactDetails.CONTACTED_ON, "validation.required");
        }
        if (d.getContactedOn().isAfter(today)) {
            throw BusinessException.atField(ContactDetails.CONTACTED_ON, "contact.contactedOn.future");
        }
        if (d.getKind() == null) {
            throw BusinessException.atField(ContactDetails.KIND, "validation.required");
        }
        String who = UserText.check(ContactDetails.PARTICIPANTS, d.getParticipants(), PARTICIPANTS_MAX, true);
        String what = UserText.check(ContactDetails.NOTES, d.getNotes(), NOTES_MAX, true);
        String next = UserText.check(ContactDetails.NEXT_STEP, d.getNextStep(), NEXT_STEP_MAX, false);
        if (d.getNextStepOn() != null && d.getNextStepOn().isBefore(d.getContactedOn())) {
            throw BusinessException.atField(ContactDetails.NEXT_STEP_ON, "contact.nextStepOn.beforeContact");
        }
        if (d.getNextStepOn() != null && next == null) {
            throw BusinessException.atField(ContactDetails.NEXT_STEP, "contact.nextStep.forDate");
        }
        this.contactedOn = d.getContactedOn();
        this.kind = d.getKind();
        this.participants = who;
        this.notes = what;
        this.nextStep = next;
        this.nextStepOn = d.getNextStepOn();
    }

    void tickedOff(String taskDescription) {
        tasksDone.add(taskDescription.length() > 1000 ? taskDescription.substring(0, 1000) : taskDescription);
    }

    public long getCaseId() { return caseId; }
    public LocalDate getContactedOn() { return contactedOn; }
    public ContactKind getKind() { return kind; }
    public String getParticipants() { return participants; }
    public String getNotes() { return notes; }
    public String getNextStep() { return nextStep; }
    public LocalDate getNextStepOn() { return nextStepOn; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public List<String> getTasksDone() { return List.copyOf(tasksDone); }

    @Override
    public Long auditFamilyId() {
        return familyId;
    }

    @Override
    public Long auditCaseId() {
        return caseId;
    }
}
