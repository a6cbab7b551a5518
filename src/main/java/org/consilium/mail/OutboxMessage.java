package org.consilium.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.consilium.base.AbstractEntity;

/**
 * One e-mail of the outbox: to whom, what it said, the names of its files, and whether it went out.
 * The files themselves are not kept.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends AbstractEntity {

    public static final int RECIPIENTS_MAX = 1000;
    public static final int SUBJECT_MAX = 300;
    public static final int BODY_MAX = 8000;
    public static final int ATTACHMENT_NAMES_MAX = 1000;
    public static final int ERROR_MAX = 1000;
    private static final String SEPARATOR = "\n";

    /** Where a message stands. */
    public enum Status {
        /** Kept in the portal: no mail server is configured. */
        NOT_SENT,
        SENT,
        FAILED;

        public String messageKey() {
            return "mail.status." + name();
        }
    }

    @Column(nullable = false, length = RECIPIENTS_MAX)
    private String recipients;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "attachment_names", length = ATTACHMENT_NAMES_MAX)
    private String attachmentNames;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "error_text", length = ERROR_MAX)
    private String errorText;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMessage() {
    }

    OutboxMessage(List<String> recipients, String subject, String body, List<String> attachmentNames, Instant at) {
        this.recipients = String.join(", ", recipients);
        this.subject = subject;
        this.body = body;
        this.attachmentNames = attachmentNames.isEmpty() ? null : String.join(SEPARATOR, attachmentNames);
        this.createdAt = at;
        this.status = Status.NOT_SENT;
    }

    void sent(Instant at) {
        status = Status.SENT;
        sentAt = at;
        errorText = null;
    }

    void failed(String error) {
        status = Status.FAILED;
        errorText = error == null ? null : error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
    }

    OutboxRow row() {
        return new OutboxRow(getId(), createdAt, recipients, subject, status, sentAt);
    }

    public String getRecipients() {
        return recipients;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public List<String> getAttachmentNames() {
        return attachmentNames == null ? List.of() : Arrays.asList(attachmentNames.split(SEPARATOR));
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Status getStatus() {
        return status;
    }

    public String getErrorText() {
        return errorText;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
