package org.consilium.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RatingRepository extends JpaRepository<GoalRatingEntry, Long> {

    /** A case's ratings of every goal, earliest first. */
    @Query("select r from GoalRatingEntry r where r.caseId = :caseId order by r.ratedAt, r.id")
    List<GoalRatingEntry> ofCase(@Param("caseId") long caseId);
}
