package org.consilium.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a curator writes for a task: the column, what is to be done, who is responsible (a family
 * member, or an agency and perhaps a named user of it, all by id) and by when.
 */
public class TaskDetails {

    /** Field names, shared by the form's bindings and the task's refusals. */
    public static final String SIDE = "side";
    public static final String DESCRIPTION = "description";
    public static final String MEMBER = "memberId";
    public static final String AGENCY = "agencyId";
    public static final String USER = "userId";
    public static final String DUE_ON = "dueOn";

    @NotNull(message = "{validation.required}")
    private TaskSide side;

    @NotBlank(message = "{validation.required}")
    @Size(max = PlanTask.DESCRIPTION_MAX, message = "{validation.tooLong}")
    private String description;

    private Long memberId;
    private Long agencyId;
    private Long userId;

    @NotNull(message = "{validation.required}")
    private LocalDate dueOn;

    /** A task as the plan page shows it, to be edited. */
    public static TaskDetails of(PlanSheet.Task t) {
        TaskDetails d = new TaskDetails();
        d.side = t.side();
        d.description = t.description();
        d.memberId = t.memberId();
        d.agencyId = t.agencyId();
        d.userId = t.userId();
        d.dueOn = t.dueOn();
        return d;
    }

    public TaskSide getSide() { return side; }
    public void setSide(TaskSide side) { this.side = side; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getMemberId() { return memberId; }
    public void setMemberId(Long memberId) { this.memberId = memberId; }
    public Long getAgencyId() { return agencyId; }
    public void setAgencyId(Long agencyId) { this.agencyId = agencyId; }
    public Long getUserId() { return userId; }
    public void setUserId(Long userId) { this.userId = userId; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
}
