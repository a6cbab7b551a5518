package org.consilium.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What an administrator fills in to list a holiday; the form binds to it, the service checks it again. */
public class HolidayDetails {

    /** Field names, as the form binds them and as refusals name them. */
    public static final String DAY = "day";
    public static final String NAME = "name";

    @NotNull(message = "{validation.required}")
    private LocalDate day;

    @NotBlank(message = "{validation.required}")
    @Size(max = Holiday.NAME_MAX, message = "{validation.tooLong}")
    private String name = "";

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
