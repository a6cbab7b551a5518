package org.consilium.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SocialMapMemberRepository extends JpaRepository<SocialMapMember, Long> {

    /** The members on an assessment version's map, in the order they were added. */
    List<SocialMapMember> findByAssessmentIdOrderByIdAsc(long assessmentId);
}
