package org.consilium.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.consilium.agency.Agency;
import org.consilium.base.AbstractEntity;
import org.consilium.base.BusinessException;

/**
 * Sharing a case with a partner agency without the family's consent, because a child's safety
 * requires it: written reason, who and when; a supervisor reviews it. Kept for good, shown on the case.
 */
@Entity
@Table(name = "emergency_override")
public class EmergencyOverride extends AbstractEntity implements org.consilium.base.FamilyRecord {

    public static final int REASON_MIN = 20;
    public static final int REASON_MAX = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private FamilyCase familyCase;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "granted_by", nullable = false, length = 50)
    private String grantedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reviewed_by", length = 50)
    private String reviewedBy;

    protected EmergencyOverride() {
    }

    /** Grants the override; the reason says why the child's safety cannot wait for consent. */
    static EmergencyOverride grant(FamilyCase c, Agency agency, String reason, Instant now, String by) {
        String r = reason == null ? "" : reason.strip();
        if (r.length() < REASON_MIN) {
            throw BusinessException.atField("reason", "sharing.override.reasonTooShort", REASON_MIN);
        }
        if (r.length() > REASON_MAX) {
            throw BusinessException.atField("reason", "validation.maxLength", REASON_MAX);
        }
        EmergencyOverride o = new EmergencyOverride();
        o.familyCase = c;
        o.agency = agency;
        o.reason = r;
        o.grantedAt = now;
        o.grantedBy = by;
        return o;
    }

    /** A supervisor has looked at the override. */
    void review(Instant now, String by) {
        if (reviewedAt != null) {
            throw new BusinessException("sharing.override.alreadyReviewed");
        }
        this.reviewedAt = now;
        this.reviewedBy = by;
    }

    @Override
    public Long auditFamilyId() {
        return familyCase == null ? null : familyCase.auditFamilyId();
    }

    @Override
    public Long auditCaseId() {
        return familyCase == null ? null : familyCase.getId();
    }

    public FamilyCase getFamilyCase() { return familyCase; }
    public Agency getAgency() { return agency; }
    public String getReason() { return reason; }
    public Instant getGrantedAt() { return grantedAt; }
    public String getGrantedBy() { return grantedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
    public String getReviewedBy() { return reviewedBy; }
}
