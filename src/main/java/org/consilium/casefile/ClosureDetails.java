package org.consilium.casefile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Why a case closes (a reason from the list, in words for "other") and its outcome ("before" and
 * "after", the family first). The closing dialog binds to it; the case names these fields when it
 * refuses to close.
 */
public class ClosureDetails {

    public static final String CLOSURE_REASON = "closureReason";
    public static final String CLOSURE_NOTE = "closureNote";
    public static final String CLOSURE_OUTCOME = "closureOutcome";

    @NotNull(message = "{validation.required}")
    private ClosureReason closureReason;

    @Size(max = FamilyCase.CLOSURE_REASON_MAX, message = "{validation.tooLong}")
    private String closureNote = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = FamilyCase.CLOSURE_OUTCOME_MAX, message = "{validation.tooLong}")
    private String closureOutcome = "";

    public ClosureDetails() {
    }

    /** A closure with its reason, its words (may be empty for a listed reason) and its outcome. */
    public static ClosureDetails of(ClosureReason reason, String note, String outcome) {
        ClosureDetails d = new ClosureDetails();
        d.closureReason = reason;
        d.closureNote = note;
        d.closureOutcome = outcome;
        return d;
    }

    public ClosureReason getClosureReason() { return closureReason; }
    public void setClosureReason(ClosureReason closureReason) { this.closureReason = closureReason; }
    public String getClosureNote() { return closureNote; }
    public void setClosureNote(String closureNote) { this.closureNote = closureNote; }
    public String getClosureOutcome() { return closureOutcome; }
    public void setClosureOutcome(String closureOutcome) { this.closureOutcome = closureOutcome; }
}
