package org.consilium.plan;

import java.time.LocalDate;

/** One of a partner agency's tasks in a plan being worked, on its "My tasks" list. */
public record MyTask(long taskId, long caseId, String familyName, String goalStatement, String description,
                     String userName, LocalDate dueOn, TaskStatus status, boolean overdue) {
}
