package org.consilium.casefile;

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
import java.time.LocalDate;

/**
 * One entry of a case's timeline: a move from a stage to another, or (same stage on both sides) a new
 * due date for the current stage's work; who, when, why. Never changed once written.
 */
@Entity
@Table(name = "case_transition")
public class CaseTransition {

    public static final int COMMENT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private FamilyCase familyCase;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", length = 30)
    private CaseStage from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, length = 30)
    private CaseStage to;

    @Column(name = "moved_at", nullable = false)
    private Instant at;

    @Column(name = "moved_by", nullable = false, length = 50)
    private String by;

    @Column(length = COMMENT_MAX)
    private String comment;

    /** The due date set with this entry for the work of the stage it leads to. */
    @Column(name = "due_on")
    private LocalDate dueOn;

    protected CaseTransition() {
    }

    CaseTransition(FamilyCase familyCase, CaseStage from, CaseStage to, Instant at, String by, String comment) {
        this(familyCase, from, to, at, by, comment, null);
    }

    CaseTransition(FamilyCase familyCase, CaseStage from, CaseStage to, Instant at, String by, String comment,
                   LocalDate dueOn) {
        this.familyCase = familyCase;
        this.dueOn = dueOn;
        this.from = from;
        this.to = to;
        this.at = at;
        this.by = by;
        this.comment = comment;
    }

    public CaseStage getFrom() { return from; }
    public CaseStage getTo() { return to; }
    public Instant getAt() { return at; }
    public String getBy() { return by; }
    public String getComment() { return comment; }
    public LocalDate getDueOn() { return dueOn; }

    /** Whether this entry only set another due date, without a move. */
    public boolean isDueDateChange() { return from != null && from == to; }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof CaseTransition other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return CaseTransition.class.hashCode();
    }
}
