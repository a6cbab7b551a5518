package org.consilium.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.consilium.base.BusinessException;

/** A correction or addition to minutes already finalised: who, when, what. Never changed once written. */
@Entity
@Table(name = "meeting_addendum")
public class MinutesAddendum {

    public static final int TEXT_MAX = 4000;
    public static final String TEXT = "addendum";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "added_by", nullable = false, length = 50)
    private String addedBy;

    @Column(name = "added_by_name", nullable = false, length = 120)
    private String addedByName;

    protected MinutesAddendum() {
    }

    MinutesAddendum(Meeting meeting, String text, Instant at, String by, String byName) {
        if (!meeting.isFinalised()) {
            throw new BusinessException("meeting.addendum.notFinal");
        }
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw BusinessException.atField(TEXT, "validation.required");
        }
        if (t.length() > TEXT_MAX) {
            throw BusinessException.atField(TEXT, "validation.maxLength", TEXT_MAX);
        }
        this.meeting = meeting;
        this.text = t;
        this.addedAt = at;
        this.addedBy = by;
        this.addedByName = byName;
    }

    public Long getId() { return id; }
    public String getText() { return text; }
    public Instant getAddedAt() { return addedAt; }
    public String getAddedByName() { return addedByName; }
}
