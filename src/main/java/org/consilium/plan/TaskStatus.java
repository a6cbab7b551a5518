package org.consilium.plan;

import java.util.EnumSet;
import java.util.Set;

/** How a task of the plan stands. Planned and in-progress tasks are open and can be overdue. */
public enum TaskStatus {
    PLANNED, IN_PROGRESS, DONE, NOT_DONE, CANCELLED;

    /** What a family member may set on their own task: started, or done (and back, if pressed by mistake). */
    public static final Set<TaskStatus> FAMILY_CHOICES = EnumSet.of(PLANNED, IN_PROGRESS, DONE);

    /** What a partner agency may set on its own task; cancelling a task is the curator's decision. */
    public static final Set<TaskStatus> PARTNER_CHOICES = EnumSet.of(PLANNED, IN_PROGRESS, DONE, NOT_DONE);

    public boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS;
    }

    public String messageKey() {
        return "plan.taskStatus." + name();
    }
}
