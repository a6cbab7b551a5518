package org.consilium.casefile;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StageTimeLimitRepository extends JpaRepository<StageTimeLimit, Long> {

    Optional<StageTimeLimit> findByStage(CaseStage stage);

    /**
     * The date by which the work of {@code stage} is due if the case enters it on {@code today}, by
     * the stage's time limit; {@code null} for a stage without one.
     */
    default LocalDate dueDateFrom(CaseStage stage, LocalDate today) {
        return findByStage(stage).map(l -> today.plusDays(l.getDays())).orElse(null);
    }

    /** The due date of every stage that has a time limit, if the case entered it on {@code today}. */
    default Map<CaseStage, LocalDate> dueDatesFrom(LocalDate today) {
        Map<CaseStage, LocalDate> due = new EnumMap<>(CaseStage.class);
        for (StageTimeLimit l : findAll()) {
            due.put(l.getStage(), today.plusDays(l.getDays()));
        }
        return due;
    }
}
