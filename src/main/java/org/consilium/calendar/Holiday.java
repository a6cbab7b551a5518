package org.consilium.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.consilium.base.AbstractEntity;
import org.consilium.base.BusinessException;

/**
 * A weekday that is not a working day, as an administrator listed it (decision 0018). Saturdays and
 * Sundays are days off anyway, so a holiday on one is refused rather than kept as a record that
 * changes nothing.
 */
@Entity
@Table(name = "holiday")
public class Holiday extends AbstractEntity {

    public static final int NAME_MAX = 100;

    /** Quoted: {@code day} is a keyword of H2, the embedded database. */
    @Column(name = "`day`", nullable = false, unique = true)
    private LocalDate day;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    protected Holiday() {
    }

    /** A holiday on a weekday, with a name; refused at the field that is wrong. */
    Holiday(LocalDate day, String name) {
        if (day == null) {
            throw BusinessException.atField(HolidayDetails.DAY, "validation.required");
        }
        if (isWeekend(day)) {
            throw BusinessException.atField(HolidayDetails.DAY, "calendar.holiday.weekend", day);
        }
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw BusinessException.atField(HolidayDetails.NAME, "validation.required");
        }
        if (n.length() > NAME_MAX) {
            throw BusinessException.atField(HolidayDetails.NAME, "validation.maxLength", NAME_MAX);
        }
        this.day = day;
        this.name = n;
    }

    /** Saturday or Sunday: never a working day. */
    static boolean isWeekend(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getName() {
        return name;
    }
}
