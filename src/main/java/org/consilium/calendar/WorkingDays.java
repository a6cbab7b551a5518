package org.consilium.calendar;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.consilium.base.BusinessException;
import org.consilium.base.EditGuard;
import org.consilium.base.RecordNotFoundException;
import org.consilium.security.AppRoles;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working days: Monday to Friday, except the holidays an administrator lists (decision 0018). Each
 * calculation reads the holidays of its range once, not day by day.
 */
@Service
@Transactional(readOnly = true)
public class WorkingDays {

    /** Calendar days beyond five-sevenths of the working days asked for, so that one read usually covers a due date. */
    private static final int SLACK_DAYS = 14;

    private final HolidayRepository holidays;
    private final EditGuard guard;

    WorkingDays(HolidayRepository holidays, EditGuard guard) {
        this.holidays = holidays;
        this.guard = guard;
    }

    /** Whether {@code day} is a working day: a weekday that is not a listed holiday. */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.INTAKE, AppRoles.CURATOR, AppRoles.SUPERVISOR, AppRoles.SCHOOL,
            AppRoles.POLICE, AppRoles.HEALTH})
    public boolean isWorkingDay(LocalDate day) {
        return !Holiday.isWeekend(day) && !holidays.existsByDay(day);
    }

    /**
     * The {@code n}-th working day after {@code start}; {@code start} itself is not counted, whether it is
     * a working day or not.
     *
     * @param n at least 1
     */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.INTAKE, AppRoles.CURATOR, AppRoles.SUPERVISOR, AppRoles.SCHOOL,
            AppRoles.POLICE, AppRoles.HEALTH})
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("at least one working day, not " + n);
        }
        LocalDate day = start;
        LocalDate readUntil = start;
        Set<LocalDate> off = Set.of();
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (day.isAfter(readUntil)) {
                // Holidays used up the days read so far: read the next stretch.
                readUntil = day.plusDays((n - counted) * 7L / 5 + SLACK_DAYS);
                off = holidayDays(day, readUntil);
            }
            if (!Holiday.isWeekend(day) && !off.contains(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The working days from {@code from} to {@code to}, both included; 0 if {@code to} is before {@code from}. */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.INTAKE, AppRoles.CURATOR, AppRoles.SUPERVISOR, AppRoles.SCHOOL,
            AppRoles.POLICE, AppRoles.HEALTH})
    public int countWorkingDays(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return 0;
        }
        Set<LocalDate> off = holidayDays(from, to);
        int count = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (!Holiday.isWeekend(day) && !off.contains(day)) {
                count++;
            }
        }
        return count;
    }

    /** Every listed holiday, by day. */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.INTAKE, AppRoles.CURATOR, AppRoles.SUPERVISOR, AppRoles.SCHOOL,
            AppRoles.POLICE, AppRoles.HEALTH})
    public List<Holiday> holidays() {
        return holidays.findAllByOrderByDayAsc();
    }

    /**
     * The administrator lists a weekday as a holiday. Refused at {@link HolidayDetails#DAY} for a day
     * already listed or a Saturday or Sunday, at {@link HolidayDetails#NAME} for a blank or too long name.
     */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public Holiday addHoliday(LocalDate day, String name) {
        Holiday holiday = new Holiday(day, name);
        if (holidays.existsByDay(day)) {
            throw duplicate(day);
        }
        try {
            return holidays.saveAndFlush(holiday);
        } catch (DataIntegrityViolationException e) {
            // Another administrator listed the same day between the check above and this insert.
            throw duplicate(day);
        }
    }

    /** The administrator removes a holiday, as read at {@code version}; the day becomes a working day again. */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public void removeHoliday(long id, long version) {
        Holiday holiday = guard.atVersion(holidays.findById(id).orElseThrow(() -> new RecordNotFoundException()), version);
        holidays.delete(holiday);
        guard.flush(holiday);
    }

    private Set<LocalDate> holidayDays(LocalDate from, LocalDate to) {
        Set<LocalDate> days = new HashSet<>();
        for (Holiday h : holidays.findByDayBetween(from, to)) {
            days.add(h.getDay());
        }
        return days;
    }

    private static BusinessException duplicate(LocalDate day) {
        return BusinessException.atField(HolidayDetails.DAY, "calendar.holiday.duplicate", day);
    }
}
