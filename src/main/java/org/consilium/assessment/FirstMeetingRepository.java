package org.consilium.assessment;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FirstMeetingRepository extends JpaRepository<FirstMeeting, Long> {

    Optional<FirstMeeting> findByCaseId(long caseId);
}
