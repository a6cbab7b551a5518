package org.consilium.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.consilium.base.AbstractEntity;
import org.consilium.base.BusinessException;
import org.consilium.base.FamilyRecord;

/** An item of a meeting's agenda: its place in the order, its case (if any), and the question to decide. */
@Entity
@Table(name = "meeting_agenda_item")
public class AgendaItem extends AbstractEntity implements FamilyRecord {

    public static final int QUESTION_MAX = 500;
    public static final int SUMMARY_MAX = 2000;
    /** The fields of the minutes a refusal is shown at. */
    public static final String MINUTES = "minutes";
    public static final String SUMMARY = "summary";
    /** The field the question is shown at. */
    public static final String QUESTION = "question";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Topic topic;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "family_name", length = 200)
    private String familyName;

    @Column(name = "referral_id")
    private Long referralId;

    @Column(nullable = false, length = QUESTION_MAX)
    private String question;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "added_by", nullable = false, length = 50)
    private String addedBy;

    @Column(columnDefinition = "TEXT")
    private String minutes;

    @Column(name = "shared_summary", length = SUMMARY_MAX)
    private String sharedSummary;

    @Column(name = "shared_at")
    private Instant sharedAt;

    @Column(name = "shared_by", length = 50)
    private String sharedBy;

    protected AgendaItem() {
    }

    AgendaItem(Meeting meeting, int position, Topic topic, Long caseId, String familyName, String question, Instant at,
               String by) {
        String q = question == null ? "" : question.strip();
        if (q.isEmpty()) {
            throw BusinessException.atField(QUESTION, "validation.required");
        }
        if (q.length() > QUESTION_MAX) {
            throw BusinessException.atField(QUESTION, "validation.maxLength", QUESTION_MAX);
        }
        this.meeting = meeting;
        this.position = position;
        this.topic = topic;
        this.caseId = caseId;
        this.familyName = familyName;
        this.question = q;
        this.addedAt = at;
        this.addedBy = by;
    }

    /** The item is about a verified referral rather than a case. */
    void aboutReferral(long id) {
        this.referralId = id;
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    /** What was said about the item; the minutes of a closing meeting wait for the family's view. */
    void writeMinutes(String text) {
        meeting.requireMinutesOpen();
        meeting.requireFamilyHeard();
        String t = text == null ? "" : text.strip();
        if (t.length() > Meeting.MINUTES_MAX) {
            throw BusinessException.atField(MINUTES, "validation.maxLength", Meeting.MINUTES_MAX);
        }
        this.minutes = t.isEmpty() ? null : t;
    }

    /**
     * The chair shares a summary of the item with the participants who may not see the family's case
     * (decision 0013: an invitation is not consent); an empty summary stops sharing.
     */
    void share(String summary, Instant now, String by) {
        meeting.requireMinutesOpen();
        String t = summary == null ? "" : summary.strip();
        if (t.length() > SUMMARY_MAX) {
            throw BusinessException.atField(SUMMARY, "validation.maxLength", SUMMARY_MAX);
        }
        this.sharedSummary = t.isEmpty() ? null : t;
        this.sharedAt = t.isEmpty() ? null : now;
        this.sharedBy = t.isEmpty() ? null : by;
    }

    @Override
    public Long auditFamilyId() {
        return null;
    }

    @Override
    public String auditFamilyLabel() {
        return familyName;
    }

    @Override
    public Long auditCaseId() {
        return caseId;
    }

    public Long getReferralId() { return referralId; }
    public String getMinutes() { return minutes; }
    public String getSharedSummary() { return sharedSummary; }
    public Instant getSharedAt() { return sharedAt; }
    public Meeting getMeeting() { return meeting; }
    public int getPosition() { return position; }
    public Topic getTopic() { return topic; }
    public Long getCaseId() { return caseId; }
    public String getFamilyName() { return familyName; }
    public String getQuestion() { return question; }
}
