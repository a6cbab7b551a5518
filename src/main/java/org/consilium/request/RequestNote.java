package org.consilium.request;

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

/**
 * Something written on a request after it was sent, kept for good: a clarifying question of the
 * agency, the curator's reply, or an addendum correcting a submitted answer.
 */
@Entity
@Table(name = "request_note")
public class RequestNote implements FamilyRecord {

    public static final int TEXT_MAX = 2000;
    /** The field the text is shown at. */
    public static final String TEXT = "text";

    /** What the note is. */
    public enum Kind {
        /** The agency asks the curator. */
        QUESTION,
        /** The curator answers the agency. */
        REPLY,
        /** The agency corrects or completes its submitted answer. */
        ADDENDUM;

        public String messageKey() {
            return "request.note." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private InformationRequest request;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(name = "written_by", nullable = false, length = 50)
    private String writtenBy;

    @Column(name = "written_by_name", nullable = false, length = 200)
    private String writtenByName;

    protected RequestNote() {
    }

    RequestNote(InformationRequest request, Kind kind, String text, Instant at, String by, String byName) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw BusinessException.atField(TEXT, "validation.required");
        }
        if (t.length() > TEXT_MAX) {
            throw BusinessException.atField(TEXT, "validation.maxLength", TEXT_MAX);
        }
        this.request = request;
        this.kind = kind;
        this.text = t;
        this.writtenAt = at;
        this.writtenBy = by;
        this.writtenByName = byName;
    }

    @Override
    public Long auditFamilyId() {
        return request.getFamilyId();
    }

    @Override
    public Long auditCaseId() {
        return request.getCaseId();
    }

    public Long getId() { return id; }
    public InformationRequest getRequest() { return request; }
    public Kind getKind() { return kind; }
    public String getText() { return text; }
    public Instant getWrittenAt() { return writtenAt; }
    public String getWrittenBy() { return writtenBy; }
    public String getWrittenByName() { return writtenByName; }
}
