package org.consilium.casefile;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What the curator adds to a move of a case: the date by which the new stage's work is due (none
 * takes the stage's time limit) and a comment for the timeline. The move dialog binds to it; the
 * case names these fields when it refuses a move.
 */
public class StageMoveDetails {

    public static final String DUE_ON = "dueOn";
    public static final String COMMENT = "comment";

    private LocalDate dueOn;

    @Size(max = CaseTransition.COMMENT_MAX, message = "{validation.tooLong}")
    private String comment = "";

    public StageMoveDetails() {
    }

    public StageMoveDetails(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
