package org.consilium.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import org.consilium.base.BusinessException;
import org.consilium.base.UserText;

/**
 * How the family agreed to a version of its plan: acknowledged in the portal by a family member, or
 * signed on paper (who signed and on which day, recorded by the curator). A plan that is not agreed
 * has none; going back to a draft drops it, and the family agrees again.
 */
@Embeddable
public class PlanAgreement {

    public static final int NAME_MAX = 200;

    @Enumerated(EnumType.STRING)
    @Column(name = "agreement", length = 20)
    private Agreement way;

    @Column(name = "agreed_at")
    private Instant agreedAt;

    @Column(name = "agreed_by_name", length = NAME_MAX)
    private String agreedByName;

    @Column(name = "agreed_recorded_by", length = 50)
    private String recordedBy;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    protected PlanAgreement() {
    }

    private PlanAgreement(Agreement way, String agreedByName, Instant agreedAt, String recordedBy, LocalDate signedOn) {
        this.way = way;
        this.agreedByName = agreedByName;
        this.agreedAt = agreedAt;
        this.recordedBy = recordedBy;
        this.signedOn = signedOn;
    }

    /** A family member acknowledged the plan in the portal. */
    static PlanAgreement inPortal(String memberName, Instant now, String username) {
        return new PlanAgreement(Agreement.PORTAL, UserText.check("name", memberName, NAME_MAX, true), now, username, null);
    }

    /** The family signed the plan on paper, not later than today; the curator records it. */
    static PlanAgreement onPaper(String signedBy, LocalDate on, Instant now, String recordedBy, LocalDate today) {
        String who = UserText.check(SignatureDetails.SIGNED_BY, signedBy, NAME_MAX, true);
        if (on == null) {
            throw BusinessException.atField(SignatureDetails.SIGNED_ON, "validation.required");
        }
        if (on.isAfter(today)) {
            throw BusinessException.atField(SignatureDetails.SIGNED_ON, "plan.signedOn.future");
        }
        return new PlanAgreement(Agreement.PAPER, who, now, recordedBy, on);
    }

    public Agreement getWay() { return way; }
    public Instant getAgreedAt() { return agreedAt; }
    public String getAgreedByName() { return agreedByName; }
    public String getRecordedBy() { return recordedBy; }
    public LocalDate getSignedOn() { return signedOn; }
}
