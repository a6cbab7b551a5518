package org.consilium.meeting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InconsistencyRepository extends JpaRepository<Inconsistency, Long> {

    @Query("select i from Inconsistency i where i.meeting.id = :meetingId order by i.id")
    List<Inconsistency> ofMeeting(@Param("meetingId") long meetingId);

    long countByItemId(long itemId);
}
