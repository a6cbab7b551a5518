package org.consilium.meeting;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    @EntityGraph(attributePaths = "participants")
    @Query("select m from Meeting m where m.id = :id")
    Optional<Meeting> findWithParticipantsById(@Param("id") long id);

    @EntityGraph(attributePaths = "participants")
    @Query("select m from Meeting m where m.caseId = :caseId order by m.startsAt desc")
    List<Meeting> ofCase(@Param("caseId") long caseId);

    /** Scheduled meetings overlapping the time that one of the users chairs or is invited to. */
    @Query("select distinct m from Meeting m left join m.participants p where m.status = org.consilium.meeting.MeetingStatus.SCHEDULED"
            + " and m.startsAt < :to and m.endsAt > :from and (m.chairId in :userIds or p.userId in :userIds)")
    List<Meeting> overlappingFor(@Param("userIds") Collection<Long> userIds, @Param("from") Instant from, @Param("to") Instant to);

    /** The meetings a user chairs or is invited to, in person, through their agency or their family's members. */
    @EntityGraph(attributePaths = "participants")
    @Query("select distinct m from Meeting m left join m.participants p where m.endsAt > :from and m.startsAt < :to"
            + " and (m.chairId = :userId or p.userId = :userId or (:agencyId is not null and p.agencyId = :agencyId)"
            + " or (:familyId is not null and m.familyId = :familyId and p.kind = org.consilium.meeting.Participant.Kind.FAMILY_MEMBER))"
            + " order by m.startsAt")
    List<Meeting> of(@Param("userId") long userId, @Param("agencyId") Long agencyId, @Param("familyId") Long familyId,
                     @Param("from") Instant from, @Param("to") Instant to);
}
