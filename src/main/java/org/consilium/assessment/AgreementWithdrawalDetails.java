package org.consilium.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The family's withdrawal from an agreement: from which day, and why. */
public class AgreementWithdrawalDetails {

    /** Field names, shared by the form's bindings and the agreement's refusals. */
    public static final String WITHDRAWN_ON = "withdrawnOn";
    public static final String REASON = "reason";

    @NotNull(message = "{validation.required}")
    private LocalDate withdrawnOn;

    @NotBlank(message = "{validation.required}")
    @Size(max = CooperationAgreement.REASON_MAX, message = "{validation.tooLong}")
    private String reason;

    public AgreementWithdrawalDetails() {
    }

    /** A withdrawal from {@code day} on, with its reason. */
    public AgreementWithdrawalDetails(LocalDate day, String reason) {
        this.withdrawnOn = day;
        this.reason = reason;
    }

    public LocalDate getWithdrawnOn() { return withdrawnOn; }
    public void setWithdrawnOn(LocalDate withdrawnOn) { this.withdrawnOn = withdrawnOn; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
