package org.consilium.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.consilium.base.BusinessException;

/** The days a version of the plan runs: a start, and an end after it at most {@link #MAX_MONTHS} later. */
@Embeddable
public class PlanPeriod {

    /** How long a plan may run; the methodology reviews plans within a year. */
    public static final int MAX_MONTHS = 24;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    protected PlanPeriod() {
    }

    private PlanPeriod(LocalDate startsOn, LocalDate endsOn) {
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    static PlanPeriod of(LocalDate starts, LocalDate ends) {
        if (starts == null) {
            throw BusinessException.atField(PeriodDetails.STARTS_ON, "validation.required");
        }
        if (ends == null) {
            throw BusinessException.atField(PeriodDetails.ENDS_ON, "validation.required");
        }
        if (!ends.isAfter(starts)) {
            throw BusinessException.atField(PeriodDetails.ENDS_ON, "plan.period.endBeforeStart");
        }
        if (ends.isAfter(starts.plusMonths(MAX_MONTHS))) {
            throw BusinessException.atField(PeriodDetails.ENDS_ON, "plan.period.tooLong", MAX_MONTHS);
        }
        return new PlanPeriod(starts, ends);
    }

    /** The same days for another version (each version owns its period). */
    PlanPeriod copy() {
        return new PlanPeriod(startsOn, endsOn);
    }

    /** Refuses a date after the end, at the given field. */
    void checkWithin(String field, LocalDate date) {
        if (date.isAfter(endsOn)) {
            throw BusinessException.atField(field, "plan.date.afterEnd", endsOn);
        }
    }

    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
}
