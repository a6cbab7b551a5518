package org.consilium.casefile;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.consilium.agency.Agency;
import org.consilium.base.AbstractEntity;
import org.consilium.base.BusinessException;
import org.consilium.base.FamilyRecord;
import org.hibernate.annotations.BatchSize;

/**
 * Sharing a case with a partner agency without the family's consent, because a child's safety
 * requires it: written reason, who and when; a supervisor reviews it. It holds for a set time
 * ({@link SharingProperties}); while in force it can be renewed, with a written reason each time,
 * or withdrawn at once. Kept for good, with its renewals, and shown on the case (decision 0013).
 */
@Entity
@Table(name = "emergency_override")
public class EmergencyOverride extends AbstractEntity implements FamilyRecord {

    /** The field a refused reason is shown at: the reason of the dialog that grants or renews. */
    public static final String REASON = "reason";
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

    /** The end: the override no longer holds from this moment on (moved by each renewal). */
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 50)
    private String withdrawnBy;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "emergency_override_renewal", joinColumns = @JoinColumn(name = "override_id"))
    @OrderColumn(name = "renewal_no")
    @BatchSize(size = 50)
    private List<OverrideRenewal> renewals = new ArrayList<>();

    protected EmergencyOverride() {
    }

    /**
     * Grants the override until {@code duration} from now; the reason says why the child's safety
     * cannot wait for consent.
     */
    static EmergencyOverride grant(FamilyCase c, Agency agency, String reason, Instant now, Duration duration, String by) {
        String r = checkedReason(reason, () -> BusinessException.atField(REASON, "sharing.override.reasonTooShort", REASON_MIN));
        EmergencyOverride o = new EmergencyOverride();
        o.familyCase = c;
        o.agency = agency;
        o.reason = r;
        o.grantedAt = now;
        o.grantedBy = by;
        o.expiresAt = now.plus(duration);
        return o;
    }

    /** Whether the override lets its agency see the case at {@code at}: not withdrawn, not past its end. */
    public boolean isInForce(Instant at) {
        return withdrawnAt == null && at.isBefore(expiresAt);
    }

    /**
     * Keeps the override in force until {@code duration} from now, because the child's safety still
     * requires it (written down, as for the grant). Only while it is in force: an ended override
     * stays ended, and a new one needs a new decision. A supervisor looks at it again: the renewal
     * waits for a review as the grant did.
     */
    void renew(String reason, Instant now, Duration duration, String by) {
        if (!isInForce(now)) {
            throw new BusinessException("sharing.override.ended");
        }
        String r = checkedReason(reason,
                () -> BusinessException.atField(REASON, "sharing.override.renewalReasonTooShort", REASON_MIN));
        this.expiresAt = now.plus(duration);
        renewals.add(new OverrideRenewal(now, by, r, expiresAt));
        this.reviewedAt = null;
        this.reviewedBy = null;
    }

    /** Ends the override at once: the agency no longer sees the case through it. */
    void withdraw(Instant now, String by) {
        if (withdrawnAt != null) {
            throw new BusinessException("sharing.override.alreadyWithdrawn");
        }
        if (!isInForce(now)) {
            throw new BusinessException("sharing.override.ended");
        }
        this.withdrawnAt = now;
        this.withdrawnBy = by;
    }

    private static String checkedReason(String reason, Supplier<BusinessException> tooShort) {
        String r = reason == null ? "" : reason.strip();
        if (r.length() < REASON_MIN) {
            throw tooShort.get();
        }
        if (r.length() > REASON_MAX) {
            throw BusinessException.atField(REASON, "validation.maxLength", REASON_MAX);
        }
        return r;
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
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getWithdrawnAt() { return withdrawnAt; }
    public String getWithdrawnBy() { return withdrawnBy; }
    /** The renewals, oldest first. */
    public List<OverrideRenewal> getRenewals() { return List.copyOf(renewals); }
}
