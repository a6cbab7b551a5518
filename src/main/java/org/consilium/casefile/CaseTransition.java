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

/** One move of a case from a stage to another: who, when, and why. Never changed once written. */
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

    protected CaseTransition() {
    }

    CaseTransition(FamilyCase familyCase, CaseStage from, CaseStage to, Instant at, String by, String comment) {
        this.familyCase = familyCase;
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

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof CaseTransition other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return CaseTransition.class.hashCode();
    }
}
