package org.consilium.casefile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Another date by which the current stage's work is due, and why it changes (the timeline keeps the
 * reason). The due-date dialog binds to it; the case names these fields when it refuses the date.
 */
public class DueDateDetails {

    public static final String DUE_ON = "dueOn";
    public static final String REASON = "reason";

    @NotNull(message = "{validation.required}")
    private LocalDate dueOn;

    @NotBlank(message = "{validation.required}")
    @Size(max = CaseTransition.COMMENT_MAX, message = "{validation.tooLong}")
    private String reason = "";

    public DueDateDetails() {
    }

    public DueDateDetails(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
