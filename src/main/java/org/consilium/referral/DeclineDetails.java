package org.consilium.referral;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why intake declines a referral, and where the family was sent instead, if anywhere. */
public class DeclineDetails {

    /** Field names, as the form binds them and as refusals name them. */
    public static final String DECLINE_REASON = "declineReason";
    public static final String REDIRECTED_TO = "redirectedTo";

    @NotBlank(message = "{validation.required}")
    @Size(max = Referral.DECLINE_REASON_MAX, message = "{validation.tooLong}")
    private String declineReason = "";

    @Size(max = Referral.REDIRECT_MAX, message = "{validation.tooLong}")
    private String redirectedTo = "";

    public DeclineDetails() {
    }

    public DeclineDetails(String declineReason, String redirectedTo) {
        this.declineReason = declineReason;
        this.redirectedTo = redirectedTo;
    }

    public String getDeclineReason() { return declineReason; }
    public void setDeclineReason(String declineReason) { this.declineReason = declineReason; }
    public String getRedirectedTo() { return redirectedTo; }
    public void setRedirectedTo(String redirectedTo) { this.redirectedTo = redirectedTo; }
}
