package org.consilium.plan;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The period a plan runs, as the curator sets it when starting the plan or changing the draft's period. */
public class PeriodDetails {

    /** Field names, shared by the form's bindings and the plan's refusals. */
    public static final String STARTS_ON = "startsOn";
    public static final String ENDS_ON = "endsOn";

    @NotNull(message = "{validation.required}")
    private LocalDate startsOn;

    @NotNull(message = "{validation.required}")
    private LocalDate endsOn;

    public PeriodDetails() {
    }

    public PeriodDetails(LocalDate startsOn, LocalDate endsOn) {
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
}
