package org.consilium.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface SocialMapContactRepository extends JpaRepository<SocialMapContact, Long> {

    /** The support network on an assessment version's map, with the members it runs to, in the order added. */
    @EntityGraph(attributePaths = "member")
    List<SocialMapContact> findByAssessmentIdOrderByIdAsc(long assessmentId);
}
