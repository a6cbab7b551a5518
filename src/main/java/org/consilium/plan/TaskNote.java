package org.consilium.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.consilium.base.FamilyRecord;
import org.consilium.base.UserText;

/**
 * A progress note on a task: when, who, and what. Kept by the task's key, so it stays with the task
 * in every version of the plan. A note marked internal is read only by social services and the
 * author's own agency; the family never reads one. Never changed once written.
 */
@Entity
@Table(name = "plan_task_note")
public class TaskNote implements FamilyRecord {

    public static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "task_key", nullable = false, length = 36)
    private String taskKey;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(nullable = false, length = 50)
    private String author;

    @Column(name = "author_name", nullable = false, length = 200)
    private String authorName;

    @Column(name = "author_agency_id")
    private Long authorAgencyId;

    @Column(name = "by_family", nullable = false)
    private boolean byFamily;

    @Column(nullable = false)
    private boolean internal;

    @Column(name = "note_text", nullable = false, length = TEXT_MAX)
    private String text;

    /** Family members' notes are never internal. */
    TaskNote(long caseId, String taskKey, Instant at, String author, String authorName, Long authorAgencyId,
             boolean byFamily, boolean internal, String text) {
        this.caseId = caseId;
        this.taskKey = taskKey;
        this.writtenAt = at;
        this.author = author;
        this.authorName = authorName;
        this.authorAgencyId = authorAgencyId;
        this.byFamily = byFamily;
        this.internal = internal && !byFamily;
        this.text = UserText.check(ProgressDetails.NOTE, text, TEXT_MAX, true);
    }

    protected TaskNote() {
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public String getTaskKey() { return taskKey; }
    public Instant getWrittenAt() { return writtenAt; }
    public String getAuthor() { return author; }
    public String getAuthorName() { return authorName; }
    public Long getAuthorAgencyId() { return authorAgencyId; }
    public boolean isByFamily() { return byFamily; }
    public boolean isInternal() { return internal; }
    public String getText() { return text; }

    @Override
    public Long auditFamilyId() {
        return null;
    }

    @Override
    public Long auditCaseId() {
        return caseId;
    }
}
