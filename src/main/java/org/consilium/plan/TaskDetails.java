package org.consilium.plan;

import java.time.LocalDate;

/**
 * What a curator writes for a task: the column, what is to be done, who is responsible (a family
 * member, or an agency and perhaps a named user of it) and by when.
 */
public class TaskDetails {

    private TaskSide side;
    private String description;
    private Long memberId;
    private Long agencyId;
    private Long userId;
    private LocalDate dueOn;

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
