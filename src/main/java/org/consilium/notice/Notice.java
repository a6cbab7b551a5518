package org.consilium.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One thing a user is told: what happened ({@link #getKind()}, a message key's last part), about which
 * family if they may see it, by whom, and where to look. Read or not; mailed or not. A notice is never
 * edited by anyone but its recipient marking it read, so it carries no version.
 */
@Entity
@Table(name = "notice")
public class Notice {

    public static final int SUBJECT_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "family_name", length = 200)
    private String familyName;

    @Column(length = SUBJECT_MAX)
    private String subject;

    @Column(name = "actor_name", length = 200)
    private String actorName;

    @Column(length = 300)
    private String link;

    @Column(name = "once_key", length = 200)
    private String onceKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "mailed_at")
    private Instant mailedAt;

    protected Notice() {
    }

    Notice(long recipientId, String kind, Long caseId, String familyName, String subject, String actorName, String link,
           String onceKey, Instant at) {
        this.recipientId = recipientId;
        this.kind = kind;
        this.caseId = caseId;
        this.familyName = familyName;
        this.subject = subject == null || subject.length() <= SUBJECT_MAX ? subject : subject.substring(0, SUBJECT_MAX - 1) + "…";
        this.actorName = actorName;
        this.link = link;
        this.onceKey = onceKey;
        this.createdAt = at;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    void mailed(Instant at) {
        mailedAt = at;
    }

    public Long getId() { return id; }
    public long getRecipientId() { return recipientId; }
    public String getKind() { return kind; }
    public Long getCaseId() { return caseId; }
    public String getFamilyName() { return familyName; }
    public String getSubject() { return subject; }
    public String getActorName() { return actorName; }
    public String getLink() { return link; }
    public String getOnceKey() { return onceKey; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
    public Instant getMailedAt() { return mailedAt; }

    /** The message key of what happened: {0} who, {1} the family, {2} what it is about. */
    public String messageKey() {
        return "notice." + kind;
    }
}
