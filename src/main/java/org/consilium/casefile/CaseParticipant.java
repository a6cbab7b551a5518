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
import org.consilium.agency.Agency;

/**
 * A partner agency taking part in a case, since when and why. Part of the case. It changes only when
 * an agency that took part for an information request alone is then invited or given a task: from
 * then on it takes part for that reason.
 */
@Entity
@Table(name = "case_participant")
public class CaseParticipant {

    /** The field a refused agency is shown at where one is chosen to take part. */
    public static final String AGENCY = "agency";

    /**
     * Why the agency takes part. Taking part for an information request only lets the agency answer
     * the request: it does not open the case to it.
     */
    public enum Reason {
        INVITED, PLAN_TASK, INFORMATION_REQUEST;

        /** Whether taking part for this reason lets the agency see the case (with consent or an override). */
        public boolean opensCase() {
            return this != INFORMATION_REQUEST;
        }

        public String messageKey() {
            return "sharing.reason." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private FamilyCase familyCase;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Reason reason;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "added_by", nullable = false, length = 50)
    private String addedBy;

    protected CaseParticipant() {
    }

    CaseParticipant(FamilyCase familyCase, Agency agency, Reason reason, Instant at, String by) {
        this.familyCase = familyCase;
        this.agency = agency;
        this.reason = reason;
        this.addedAt = at;
        this.addedBy = by;
    }

    /** The agency took part for a request only and now takes part for a reason that opens the case. */
    void widen(Reason newReason, Instant at, String by) {
        if (reason.opensCase() || !newReason.opensCase()) {
            throw new IllegalStateException("Only a request's participation widens to one that opens the case");
        }
        this.reason = newReason;
        this.addedAt = at;
        this.addedBy = by;
    }

    public Agency getAgency() { return agency; }
    public Reason getReason() { return reason; }
    public Instant getAddedAt() { return addedAt; }
    public String getAddedBy() { return addedBy; }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof CaseParticipant other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return CaseParticipant.class.hashCode();
    }
}
