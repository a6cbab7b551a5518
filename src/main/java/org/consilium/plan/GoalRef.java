package org.consilium.plan;

import java.time.LocalDate;

/**
 * A goal of a case's plan as another module names it: by its key, which stays the same in every
 * version of the plan, with its statement and deadline to show.
 */
public record GoalRef(String key, String statement, LocalDate deadline) {
}
