package org.consilium.request;

import java.time.LocalDate;

/** How often a request repeats: a recurring report covers one week or one month after another. */
public enum Repeat {
    NONE, WEEKLY, MONTHLY;

    /** The first day of the period after the one starting on {@code start}. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case NONE -> throw new IllegalStateException("A single request has no next period");
            case WEEKLY -> start.plusWeeks(1);
            case MONTHLY -> start.plusMonths(1);
        };
    }

    public String messageKey() {
        return "request.repeat." + name();
    }
}
