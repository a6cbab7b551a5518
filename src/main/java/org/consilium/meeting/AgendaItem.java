package org.consilium.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.consilium.base.BusinessException;
import org.consilium.base.FamilyRecord;

/** An item of a meeting's agenda: its place in the order, its case (if any), and the question to decide. */
@Entity
@Table(name = "meeting_agenda_item")
public class AgendaItem implements FamilyRecord {

    public static final int QUESTION_MAX = 500;
    /** The field the question is shown at. */
    public static final String QUESTION = "question";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    @Column(nullable = false, length = QUESTION_MAX)
    private String question;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "added_by", nullable = false, length = 50)
    private String addedBy;

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

    void moveTo(int newPosition) {
        this.position = newPosition;
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

    public Long getId() { return id; }
    public Meeting getMeeting() { return meeting; }
    public int getPosition() { return position; }
    public Topic getTopic() { return topic; }
    public Long getCaseId() { return caseId; }
    public String getFamilyName() { return familyName; }
    public String getQuestion() { return question; }
}
