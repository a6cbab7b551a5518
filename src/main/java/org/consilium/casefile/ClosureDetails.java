package org.consilium.casefile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why a case closes and its outcome ("before" and "after", the family first). The closing dialog
 * binds to it; the case names these fields when it refuses to close.
 */
public class ClosureDetails {

    public static final String CLOSURE_REASON = "closureReason";
    public static final String CLOSURE_OUTCOME = "closureOutcome";

    @NotBlank(message = "{validation.required}")
    @Size(max = FamilyCase.CLOSURE_REASON_MAX, message = "{validation.tooLong}")
    private String closureReason = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = FamilyCase.CLOSURE_OUTCOME_MAX, message = "{validation.tooLong}")
    private String closureOutcome = "";

    public String getClosureReason() {
        return closureReason;
    }

    public void setClosureReason(String closureReason) {
        this.closureReason = closureReason;
    }

    public String getClosureOutcome() {
        return closureOutcome;
    }

    public void setClosureOutcome(String closureOutcome) {
        this.closureOutcome = closureOutcome;
    }
}
