package org.consilium.calendar;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HolidayRepository extends JpaRepository<Holiday, Long> {

    List<Holiday> findAllByOrderByDayAsc();

    List<Holiday> findByDayBetween(LocalDate from, LocalDate to);

    boolean existsByDay(LocalDate day);
}
