package org.consilium.meeting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AddendumRepository extends JpaRepository<MinutesAddendum, Long> {

    @Query("select a from MinutesAddendum a where a.meeting.id = :meetingId order by a.id")
    List<MinutesAddendum> ofMeeting(@Param("meetingId") long meetingId);
}
