package org.consilium.request;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AnswerShareRepository extends JpaRepository<AnswerShare, Long> {

    @EntityGraph(attributePaths = "agency")
    @Query("select s from AnswerShare s where s.request.id = :requestId order by s.sharedAt")
    List<AnswerShare> ofRequest(@Param("requestId") long requestId);

    boolean existsByRequestIdAndAgencyId(long requestId, long agencyId);

    @EntityGraph(attributePaths = {"request", "request.agency"})
    @Query("select s from AnswerShare s where s.agency.id = :agencyId order by s.sharedAt desc")
    List<AnswerShare> sharedWith(@Param("agencyId") long agencyId);
}
