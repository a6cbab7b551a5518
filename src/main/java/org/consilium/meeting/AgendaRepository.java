package org.consilium.meeting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AgendaRepository extends JpaRepository<AgendaItem, Long> {

    @Query("select i from AgendaItem i where i.meeting.id = :meetingId order by i.position, i.id")
    List<AgendaItem> ofMeeting(@Param("meetingId") long meetingId);
}
