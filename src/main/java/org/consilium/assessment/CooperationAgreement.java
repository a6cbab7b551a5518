package org.consilium.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import org.consilium.base.AbstractEntity;
import org.consilium.base.BusinessException;
import org.consilium.base.FamilyRecord;
import org.consilium.base.UserText;

/**
 * The family's cooperation agreement with the service (угода про співпрацю, DOMAIN.md stage 3), as
 * signed on paper: who of the family signed it and when, what the family and the service undertake,
 * and until when it holds. A scan of the paper is attached to it. The family may withdraw from it; the
 * agreement then stays on record, marked withdrawn, and a new one may be signed later. A case has at
 * most one agreement in force on any day: their times in force never overlap (decision 0026).
 */
@Entity
@Table(name = "cooperation_agreement")
public class CooperationAgreement extends AbstractEntity implements FamilyRecord {

    public static final int UNDERTAKING_MAX = 2000;
    public static final int REASON_MAX = 1000;
    public static final int NAME_MAX = FirstMeetingMember.NAME_MAX;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "family_id", nullable = false, updatable = false)
    private long familyId;

    /** The agreement's place among the case's agreements, 1 for the first: two cannot be recorded at once. */
    @Column(name = "agreement_number", nullable = false, updatable = false)
    private int number;

    @Column(name = "signed_on", nullable = false, updatable = false)
    private LocalDate signedOn;

    @Column(name = "signer_member_id", nullable = false, updatable = false)
    private long signerMemberId;

    @Column(name = "signer_name", nullable = false, updatable = false, length = NAME_MAX)
    private String signerName;

    @Column(name = "family_undertakes", nullable = false, length = UNDERTAKING_MAX)
    private String familyUndertakes;

    @Column(name = "service_undertakes", nullable = false, length = UNDERTAKING_MAX)
    private String serviceUndertakes;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 50)
    private String recordedBy;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "withdrawal_reason", length = REASON_MAX)
    private String withdrawalReason;

    @Column(name = "withdrawal_recorded_at")
    private Instant withdrawalRecordedAt;

    @Column(name = "withdrawal_recorded_by", length = 50)
    private String withdrawalRecordedBy;

    protected CooperationAgreement() {
    }

    /**
     * Records an agreement signed on paper, if it is sound: signed not later than today by an adult
     * member of the case's family, both sides' undertakings written, valid beyond the day it was
     * signed, and signed after every earlier agreement of the case stopped being in force.
     *
     * @param signer  the member chosen, looked up within the case's family; {@code null} if not found there
     * @param earlier the case's agreements recorded so far
     */
    static CooperationAgreement sign(long caseId, long familyId, AgreementDetails d, CooperationMember signer,
                                     Collection<CooperationAgreement> earlier, LocalDate today, Instant now, String by) {
        LocalDate on = d.getSignedOn();
        if (on == null) {
            throw BusinessException.atField(AgreementDetails.SIGNED_ON, "validation.required");
        }
        if (on.isAfter(today)) {
            throw BusinessException.atField(AgreementDetails.SIGNED_ON, "assessment.agreement.signedInFuture");
        }
        if (signer == null) {
            throw BusinessException.atField(AgreementDetails.SIGNER,
                    d.getSignerId() == null ? "validation.required" : "assessment.agreement.signerOfFamily");
        }
        if (!signer.adultOn(on)) {
            throw BusinessException.atField(AgreementDetails.SIGNER, "assessment.agreement.signerAdult");
        }
        String family = UserText.check(AgreementDetails.FAMILY_UNDERTAKES, d.getFamilyUndertakes(), UNDERTAKING_MAX, true);
        String service = UserText.check(AgreementDetails.SERVICE_UNDERTAKES, d.getServiceUndertakes(), UNDERTAKING_MAX, true);
        if (d.getValidUntil() == null) {
            throw BusinessException.atField(AgreementDetails.VALID_UNTIL, "validation.required");
        }
        if (!d.getValidUntil().isAfter(on)) {
            throw BusinessException.atField(AgreementDetails.VALID_UNTIL, "assessment.agreement.untilAfterSigned");
        }
        for (CooperationAgreement e : earlier) {
            if (!on.isAfter(e.lastDayInForce())) {
                throw e.inForceOn(today)
                        ? BusinessException.atField(AgreementDetails.SIGNED_ON, "assessment.agreement.anotherInForce",
                                e.signedOn)
                        : BusinessException.atField(AgreementDetails.SIGNED_ON, "assessment.agreement.signedBeforeEnd",
                                e.signedOn, e.lastDayInForce());
            }
        }
        CooperationAgreement a = new CooperationAgreement();
        a.caseId = caseId;
        a.familyId = familyId;
        a.number = earlier.stream().mapToInt(CooperationAgreement::getNumber).max().orElse(0) + 1;
        a.signedOn = on;
        a.signerMemberId = signer.id();
        a.signerName = signer.fullName().length() > NAME_MAX ? signer.fullName().substring(0, NAME_MAX) : signer.fullName();
        a.familyUndertakes = family;
        a.serviceUndertakes = service;
        a.validUntil = d.getValidUntil();
        a.recordedAt = now;
        a.recordedBy = by;
        return a;
    }

    /**
     * Records that the family withdrew from the agreement from {@code d}'s day on (not before it was
     * signed, not in the future, not after it had ended anyway), with the reason. Only shortens the
     * time in force, so agreements never come to overlap.
     */
    void withdraw(AgreementWithdrawalDetails d, LocalDate today, Instant now, String by) {
        if (withdrawnOn != null) {
            throw new BusinessException("assessment.agreement.alreadyWithdrawn");
        }
        LocalDate on = d.getWithdrawnOn();
        if (on == null) {
            throw BusinessException.atField(AgreementWithdrawalDetails.WITHDRAWN_ON, "validation.required");
        }
        if (on.isBefore(signedOn)) {
            throw BusinessException.atField(AgreementWithdrawalDetails.WITHDRAWN_ON,
                    "assessment.agreement.withdrawnBeforeSigned", signedOn);
        }
        if (on.isAfter(today)) {
            throw BusinessException.atField(AgreementWithdrawalDetails.WITHDRAWN_ON, "assessment.agreement.withdrawnInFuture");
        }
        if (on.isAfter(validUntil)) {
            throw BusinessException.atField(AgreementWithdrawalDetails.WITHDRAWN_ON,
                    "assessment.agreement.withdrawnAfterEnd", validUntil);
        }
        String reason = UserText.check(AgreementWithdrawalDetails.REASON, d.getReason(), REASON_MAX, true);
        withdrawnOn = on;
        withdrawalReason = reason;
        withdrawalRecordedAt = now;
        withdrawalRecordedBy = by;
    }

    /**
     * Whether the agreement holds on {@code day}: signed by then, not past its last valid day, and not
     * withdrawn (a withdrawal holds from its day on).
     */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(signedOn) && !day.isAfter(lastDayInForce());
    }

    /** The last day the agreement holds: the day before its withdrawal, or its last valid day. */
    public LocalDate lastDayInForce() {
        return withdrawnOn == null || withdrawnOn.isAfter(validUntil) ? validUntil : withdrawnOn.minusDays(1);
    }

    /** Where the agreement stands on {@code day} (not before it was signed). */
    public AgreementStatus statusOn(LocalDate day) {
        if (inForceOn(day)) {
            return AgreementStatus.IN_FORCE;
        }
        return withdrawnOn == null ? AgreementStatus.ENDED : AgreementStatus.WITHDRAWN;
    }

    @Override
    public Long auditFamilyId() {
        return familyId;
    }

    @Override
    public Long auditCaseId() {
        return caseId;
    }

    public long getCaseId() { return caseId; }
    public long getFamilyId() { return familyId; }
    public int getNumber() { return number; }
    public LocalDate getSignedOn() { return signedOn; }
    public long getSignerMemberId() { return signerMemberId; }
    public String getSignerName() { return signerName; }
    public String getFamilyUndertakes() { return familyUndertakes; }
    public String getServiceUndertakes() { return serviceUndertakes; }
    public LocalDate getValidUntil() { return validUntil; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getRecordedBy() { return recordedBy; }
    public LocalDate getWithdrawnOn() { return withdrawnOn; }
    public String getWithdrawalReason() { return withdrawalReason; }
    public Instant getWithdrawalRecordedAt() { return withdrawalRecordedAt; }
    public String getWithdrawalRecordedBy() { return withdrawalRecordedBy; }
}
