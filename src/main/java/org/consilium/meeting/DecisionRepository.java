package org.consilium.meeting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DecisionRepository extends JpaRepository<MeetingDecision, Long> {

    @Query("select d from MeetingDecision d where d.meeting.id = :meetingId order by d.id")
    List<MeetingDecision> ofMeeting(@Param("meetingId") long meetingId);

    @Query("select d from MeetingDecision d join fetch d.meeting where d.caseId = :caseId order by d.decidedAt")
    List<MeetingDecision> ofCase(@Param("caseId") long caseId);

    long countByItemId(long itemId);
}
