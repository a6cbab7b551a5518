package org.consilium.monitoring;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReviewRepository extends JpaRepository<ProgressReview, Long> {

    @Query("select r from ProgressReview r where r.caseId = :caseId order by r.heldOn desc, r.id desc")
    List<ProgressReview> ofCase(@Param("caseId") long caseId);
}
