package org.consilium.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.consilium.base.BusinessException;
import org.consilium.base.EditConflictException;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.WorkRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Working days on MariaDB. Every day used is in 2090, far from the dates other tests count. */
@MariaDbTest
class WorkingDaysTest {

    private static final LocalDate FRIDAY = LocalDate.of(2090, 3, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
    private static final LocalDate MONDAY = FRIDAY.plusDays(3);

    @Autowired
    WorkingDays workingDays;

    @Autowired
    SignedIn signedIn;

    @Autowired
    WorkRules rules;

    @AfterEach
    void removeTheHolidaysListedHere() {
        signedIn.as("admin", () -> rules.removeHolidays(LocalDate.of(2090, 1, 1), LocalDate.of(2090, 12, 31)));
    }

    @Test
    void one_working_day_after_a_friday_is_the_next_monday() {
        assertThat(FRIDAY.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(signedIn.as("curator", () -> workingDays.plusWorkingDays(FRIDAY, 1))).isEqualTo(MONDAY);
        assertThat(signedIn.as("curator", () -> workingDays.plusWorkingDays(FRIDAY.plusDays(1), 1)))
                .as("from a Saturday too").isEqualTo(MONDAY);
        assertThat(signedIn.as("curator", () -> workingDays.plusWorkingDays(MONDAY, 5))).isEqualTo(MONDAY.plusWeeks(1));
        assertThat(signedIn.as("school", () -> workingDays.isWorkingDay(FRIDAY.plusDays(1)))).isFalse();
        assertThat(signedIn.as("school", () -> workingDays.isWorkingDay(MONDAY))).isTrue();
    }

    @Test
    void a_holiday_listed_on_the_monday_pushes_the_day_after_a_friday_to_tuesday() {
        Holiday h = signedIn.as("admin", () -> workingDays.addHoliday(MONDAY, "  Test holiday  "));

        assertThat(h.getName()).isEqualTo("Test holiday");
        assertThat(signedIn.as("curator", () -> workingDays.isWorkingDay(MONDAY))).isFalse();
        assertThat(signedIn.as("curator", () -> workingDays.plusWorkingDays(FRIDAY, 1))).isEqualTo(MONDAY.plusDays(1));
        assertThat(signedIn.as("curator", () -> workingDays.holidays())).extracting(Holiday::getDay).contains(MONDAY);

        signedIn.as("admin", () -> workingDays.removeHoliday(h.getId(), h.getVersion()));
        assertThat(signedIn.as("curator", () -> workingDays.plusWorkingDays(FRIDAY, 1))).isEqualTo(MONDAY);
        assertThat(signedIn.as("curator", () -> workingDays.holidays())).extracting(Holiday::getDay).doesNotContain(MONDAY);
    }

    @Test
    void holidays_beyond_the_stretch_read_first_are_skipped_as_well() {
        // Four weeks of holidays: more than the first read of the calendar covers for one working day.
        signedIn.as("admin", () -> {
            for (LocalDate d = MONDAY; d.isBefore(MONDAY.plusWeeks(4)); d = d.plusDays(1)) {
                if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    workingDays.addHoliday(d, "Closed " + d);
                }
            }
        });

        assertThat(signedIn.as("curator", () -> workingDays.plusWorkingDays(FRIDAY, 1))).isEqualTo(MONDAY.plusWeeks(4));
        assertThat(signedIn.as("curator", () -> workingDays.plusWorkingDays(FRIDAY, 2))).isEqualTo(MONDAY.plusWeeks(4).plusDays(1));
    }

    @Test
    void working_days_of_a_range_leave_out_the_weekend_and_the_listed_holidays() {
        LocalDate wednesday = MONDAY.plusDays(2);
        signedIn.as("admin", () -> workingDays.addHoliday(wednesday, "Test holiday"));

        // Monday to the Sunday a week later: ten weekdays, one of them a holiday.
        assertThat(signedIn.as("school", () -> workingDays.countWorkingDays(MONDAY, MONDAY.plusDays(13)))).isEqualTo(9);
        assertThat(signedIn.as("school", () -> workingDays.countWorkingDays(FRIDAY, MONDAY))).isEqualTo(2);
        assertThat(signedIn.as("school", () -> workingDays.countWorkingDays(wednesday, wednesday))).isZero();
        assertThat(signedIn.as("school", () -> workingDays.countWorkingDays(MONDAY, MONDAY))).isEqualTo(1);
        assertThat(signedIn.as("school", () -> workingDays.countWorkingDays(MONDAY, FRIDAY)))
                .as("an end before the start").isZero();
    }

    @Test
    void only_the_administrator_lists_or_removes_holidays_and_the_family_does_not_read_them() {
        for (String user : new String[] {"curator", "supervisor", "intake", "school", "police", "health", "family"}) {
            assertThatThrownBy(() -> signedIn.as(user, () -> workingDays.addHoliday(MONDAY, "Test holiday")))
                    .as(user).isInstanceOf(AccessDeniedException.class);
        }
        Holiday h = signedIn.as("admin", () -> workingDays.addHoliday(MONDAY, "Test holiday"));
        for (String user : new String[] {"curator", "supervisor", "school", "family"}) {
            assertThatThrownBy(() -> signedIn.as(user, () -> workingDays.removeHoliday(h.getId(), h.getVersion())))
                    .as(user).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> signedIn.as("family", () -> workingDays.holidays()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as("police", () -> workingDays.holidays())).extracting(Holiday::getDay).contains(MONDAY);
    }

    @Test
    void a_day_already_listed_a_weekend_day_and_a_blank_or_long_name_are_refused_at_their_field() {
        signedIn.as("admin", () -> workingDays.addHoliday(MONDAY, "Test holiday"));

        assertRefused(MONDAY, "Another name", HolidayDetails.DAY, "calendar.holiday.duplicate");
        assertRefused(FRIDAY.plusDays(1), "Saturday", HolidayDetails.DAY, "calendar.holiday.weekend");
        assertRefused(null, "No day", HolidayDetails.DAY, "validation.required");
        assertRefused(FRIDAY, "   ", HolidayDetails.NAME, "validation.required");
        assertRefused(FRIDAY, "x".repeat(Holiday.NAME_MAX + 1), HolidayDetails.NAME, "validation.maxLength");
        assertThat(signedIn.as("admin", () -> workingDays.holidays())).extracting(Holiday::getDay)
                .contains(MONDAY).doesNotContain(FRIDAY, FRIDAY.plusDays(1));
    }

    @Test
    void a_holiday_removed_at_a_stale_version_is_refused_and_stays_listed() {
        Holiday h = signedIn.as("admin", () -> workingDays.addHoliday(MONDAY, "Test holiday"));

        assertThatThrownBy(() -> signedIn.as("admin", () -> workingDays.removeHoliday(h.getId(), h.getVersion() + 1)))
                .isInstanceOf(EditConflictException.class);
        assertThat(signedIn.as("admin", () -> workingDays.isWorkingDay(MONDAY))).isFalse();
    }

    private void assertRefused(LocalDate day, String name, String field, String key) {
        assertThatThrownBy(() -> signedIn.as("admin", () -> workingDays.addHoliday(day, name)))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo(key);
                    assertThat(e.getField()).contains(field);
                });
    }
}
