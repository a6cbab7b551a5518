package org.consilium.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface SocialMapRelationRepository extends JpaRepository<SocialMapRelation, Long> {

    /** The relations on an assessment version's map, with their two members, in the order they were added. */
    @EntityGraph(attributePaths = {"first", "second"})
    List<SocialMapRelation> findByAssessmentIdOrderByIdAsc(long assessmentId);
}
