package org.consilium.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReadingRepository extends JpaRepository<GoalReading, Long> {

    @Query("select r from GoalReading r where r.sourceType = :sourceType and r.sourceId = :sourceId")
    Optional<GoalReading> ofSource(@Param("sourceType") String sourceType, @Param("sourceId") long sourceId);

    /** A case's readings of every goal, earliest period first. */
    @Query("select r from GoalReading r where r.caseId = :caseId order by r.periodStart, r.periodEnd, r.id")
    List<GoalReading> ofCase(@Param("caseId") long caseId);
}
