package org.consilium.casefile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.consilium.agency.AgencyType;

/**
 * A family's consent as the curator records it from the paper (who signed it, the kinds of agency it
 * covers, from when and until when), and the day the family withdrew it. The consent dialogs bind to
 * it; the consent names these fields when it refuses.
 */
public class ConsentDetails {

    public static final String MEMBER = "member";
    public static final String AGENCY_TYPES = "agencyTypes";
    public static final String SIGNED_ON = "signedOn";
    public static final String VALID_UNTIL = "validUntil";
    public static final String WITHDRAWN_ON = "withdrawnOn";

    @NotBlank(message = "{validation.required}")
    @Size(max = FamilyConsent.NAME_MAX, message = "{validation.tooLong}")
    private String member;

    @NotEmpty(message = "{sharing.consent.typesRequired}")
    private Set<AgencyType> agencyTypes = EnumSet.noneOf(AgencyType.class);

    @NotNull(message = "{validation.required}")
    private LocalDate signedOn;

    @NotNull(message = "{validation.required}")
    private LocalDate validUntil;

    @NotNull(message = "{validation.required}")
    private LocalDate withdrawnOn;

    public ConsentDetails() {
    }

    /** A new consent signed today and holding for a year, as the paper form usually has it. */
    public static ConsentDetails signedOn(LocalDate today) {
        ConsentDetails d = new ConsentDetails();
        d.signedOn = today;
        d.validUntil = today.plusYears(1);
        return d;
    }

    /** A withdrawal from today on. */
    public static ConsentDetails withdrawnOn(LocalDate today) {
        ConsentDetails d = new ConsentDetails();
        d.withdrawnOn = today;
        return d;
    }

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }

    public Set<AgencyType> getAgencyTypes() {
        return agencyTypes;
    }

    public void setAgencyTypes(Set<AgencyType> agencyTypes) {
        this.agencyTypes = agencyTypes;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public void setWithdrawnOn(LocalDate withdrawnOn) {
        this.withdrawnOn = withdrawnOn;
    }
}
