package org.consilium.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A signed cooperation agreement as the curator records it from the paper: the day it was signed, the
 * adult member of the family who signed it (by id), what each side undertakes, and until when it holds.
 * The form binds to it; the agreement names these fields when it refuses.
 */
public class AgreementDetails {

    /** Field names, shared by the form's bindings and the agreement's refusals. */
    public static final String SIGNED_ON = "signedOn";
    public static final String SIGNER = "signerId";
    public static final String FAMILY_UNDERTAKES = "familyUndertakes";
    public static final String SERVICE_UNDERTAKES = "serviceUndertakes";
    public static final String VALID_UNTIL = "validUntil";

    @NotNull(message = "{validation.required}")
    private LocalDate signedOn;

    @NotNull(message = "{validation.required}")
    private Long signerId;

    @NotBlank(message = "{validation.required}")
    @Size(max = CooperationAgreement.UNDERTAKING_MAX, message = "{validation.tooLong}")
    private String familyUndertakes;

    @NotBlank(message = "{validation.required}")
    @Size(max = CooperationAgreement.UNDERTAKING_MAX, message = "{validation.tooLong}")
    private String serviceUndertakes;

    @NotNull(message = "{validation.required}")
    private LocalDate validUntil;

    public AgreementDetails() {
    }

    /** An agreement signed on {@code day} and holding for a year, as the paper form usually has it. */
    public static AgreementDetails signedOn(LocalDate day) {
        AgreementDetails d = new AgreementDetails();
        d.signedOn = day;
        d.validUntil = day.plusYears(1);
        return d;
    }

    public LocalDate getSignedOn() { return signedOn; }
    public void setSignedOn(LocalDate signedOn) { this.signedOn = signedOn; }
    public Long getSignerId() { return signerId; }
    public void setSignerId(Long signerId) { this.signerId = signerId; }
    public String getFamilyUndertakes() { return familyUndertakes; }
    public void setFamilyUndertakes(String familyUndertakes) { this.familyUndertakes = familyUndertakes; }
    public String getServiceUndertakes() { return serviceUndertakes; }
    public void setServiceUndertakes(String serviceUndertakes) { this.serviceUndertakes = serviceUndertakes; }
    public LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
}
