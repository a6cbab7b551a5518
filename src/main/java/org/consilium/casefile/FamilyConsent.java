package org.consilium.casefile;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.consilium.agency.AgencyType;
import org.consilium.base.AbstractEntity;
import org.consilium.base.BusinessException;
import org.consilium.base.FamilyRecord;
import org.consilium.family.Family;
import org.hibernate.annotations.BatchSize;

/**
 * The family's informed consent to share its case's data with agencies of some types: who in the
 * family signed it, which types it covers, when it was signed, until when it holds, and whether it
 * was withdrawn (from that day on it no longer holds). A scan of the paper comes with attachments.
 */
@Entity
@Table(name = "family_consent")
public class FamilyConsent extends AbstractEntity implements FamilyRecord {

    public static final int NAME_MAX = 200;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "family_id")
    private Family family;

    @Column(name = "member_name", nullable = false, length = NAME_MAX)
    private String memberName;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "family_consent_agency_type", joinColumns = @JoinColumn(name = "consent_id"))
    @Column(name = "agency_type", nullable = false, length = 30)
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 50)
    private Set<AgencyType> agencyTypes = new HashSet<>();

    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    protected FamilyConsent() {
    }

    /**
     * Records a consent signed by {@code memberName} (a member of the family) for the partner agency
     * types given, from {@code signedOn} (not in the future) to {@code validUntil} (after it).
     */
    public static FamilyConsent record(Family family, String memberName, Set<AgencyType> types, LocalDate signedOn,
                                       LocalDate validUntil, LocalDate today) {
        if (memberName == null || memberName.isBlank()) {
            throw BusinessException.atField(ConsentDetails.MEMBER, "validation.required");
        }
        if (types == null || types.isEmpty()) {
            throw BusinessException.atField(ConsentDetails.AGENCY_TYPES, "sharing.consent.typesRequired");
        }
        if (types.contains(AgencyType.SOCIAL_SERVICES)) {
            throw BusinessException.atField(ConsentDetails.AGENCY_TYPES, "sharing.consent.partnersOnly");
        }
        if (signedOn == null) {
            throw BusinessException.atField(ConsentDetails.SIGNED_ON, "validation.required");
        }
        if (signedOn.isAfter(today)) {
            throw BusinessException.atField(ConsentDetails.SIGNED_ON, "sharing.consent.signedInFuture");
        }
        if (validUntil == null) {
            throw BusinessException.atField(ConsentDetails.VALID_UNTIL, "validation.required");
        }
        if (!validUntil.isAfter(signedOn)) {
            throw BusinessException.atField(ConsentDetails.VALID_UNTIL, "sharing.consent.untilBeforeSigned");
        }
        FamilyConsent c = new FamilyConsent();
        c.family = family;
        c.memberName = memberName.strip().length() > NAME_MAX ? memberName.strip().substring(0, NAME_MAX) : memberName.strip();
        c.agencyTypes.addAll(types);
        c.signedOn = signedOn;
        c.validUntil = validUntil;
        return c;
    }

    /** The family withdraws the consent from {@code on} (not before it was signed, not in the future). */
    public void withdraw(LocalDate on, LocalDate today) {
        if (withdrawnOn != null) {
            throw new BusinessException("sharing.consent.alreadyWithdrawn");
        }
        if (on == null) {
            throw BusinessException.atField(ConsentDetails.WITHDRAWN_ON, "validation.required");
        }
        if (on.isBefore(signedOn) || on.isAfter(today)) {
            throw BusinessException.atField(ConsentDetails.WITHDRAWN_ON, "sharing.consent.withdrawnOutOfRange");
        }
        this.withdrawnOn = on;
    }

    /** Whether the consent lets the case's data be shared with an agency of {@code type} on {@code day}. */
    public boolean covers(AgencyType type, LocalDate day) {
        return agencyTypes.contains(type) && !day.isBefore(signedOn) && !day.isAfter(validUntil)
                && (withdrawnOn == null || day.isBefore(withdrawnOn));
    }

    @Override
    public Long auditFamilyId() {
        return family == null ? null : family.getId();
    }

    public Family getFamily() { return family; }
    public String getMemberName() { return memberName; }
    public Set<AgencyType> getAgencyTypes() { return agencyTypes.isEmpty() ? EnumSet.noneOf(AgencyType.class) : EnumSet.copyOf(agencyTypes); }
    public LocalDate getSignedOn() { return signedOn; }
    public LocalDate getValidUntil() { return validUntil; }
    public LocalDate getWithdrawnOn() { return withdrawnOn; }
}
