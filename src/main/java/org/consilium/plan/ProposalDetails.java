package org.consilium.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A task a partner agency proposes: for which goal (by its key), what, and by when. */
public class ProposalDetails {

    /** Field names, shared by the form's bindings and the proposal's refusals. */
    public static final String GOAL = "goalKey";
    public static final String DESCRIPTION = "description";
    public static final String DUE_ON = "dueOn";

    @NotNull(message = "{validation.required}")
    private String goalKey;

    @NotBlank(message = "{validation.required}")
    @Size(max = PlanTask.DESCRIPTION_MAX, message = "{validation.tooLong}")
    private String description;

    @NotNull(message = "{validation.required}")
    private LocalDate dueOn;

    public String getGoalKey() { return goalKey; }
    public void setGoalKey(String goalKey) { this.goalKey = goalKey; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
}
