package org.consilium.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Who of the family signed the plan on paper, and on which day, as the curator records it. */
public class SignatureDetails {

    /** Field names, shared by the form's bindings and the plan's refusals. */
    public static final String SIGNED_BY = "signedBy";
    public static final String SIGNED_ON = "signedOn";

    @NotBlank(message = "{validation.required}")
    @Size(max = PlanAgreement.NAME_MAX, message = "{validation.tooLong}")
    private String signedBy;

    @NotNull(message = "{validation.required}")
    private LocalDate signedOn;

    public SignatureDetails() {
    }

    public SignatureDetails(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public String getSignedBy() { return signedBy; }
    public void setSignedBy(String signedBy) { this.signedBy = signedBy; }
    public LocalDate getSignedOn() { return signedOn; }
    public void setSignedOn(LocalDate signedOn) { this.signedOn = signedOn; }
}
