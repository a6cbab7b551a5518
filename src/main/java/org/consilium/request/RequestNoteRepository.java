package org.consilium.request;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RequestNoteRepository extends JpaRepository<RequestNote, Long> {

    @Query("select n from RequestNote n where n.request.id = :requestId order by n.writtenAt, n.id")
    List<RequestNote> ofRequest(@Param("requestId") long requestId);
}
