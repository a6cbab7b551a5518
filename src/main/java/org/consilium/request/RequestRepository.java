package org.consilium.request;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RequestRepository extends JpaRepository<InformationRequest, Long> {

    @EntityGraph(attributePaths = "agency")
    @Query("select r from InformationRequest r where r.id = :id")
    Optional<InformationRequest> findWithAgencyById(@Param("id") long id);

    @EntityGraph(attributePaths = "agency")
    @Query("select r from InformationRequest r where r.caseId = :caseId order by r.sender.sentAt desc, r.id desc")
    List<InformationRequest> ofCase(@Param("caseId") long caseId);

    /** The open requests to an agency, the earliest due first. */
    @EntityGraph(attributePaths = "agency")
    @Query("select r from InformationRequest r where r.agency.id = :agencyId and r.status in :statuses"
            + " order by r.dueOn, r.id")
    List<InformationRequest> toAgency(@Param("agencyId") long agencyId,
                                      @Param("statuses") Collection<RequestStatus> statuses);

    @Query("select count(r) from InformationRequest r where r.agency.id = :agencyId and r.status in :statuses"
            + " and r.dueOn < :today")
    long countOverdueToAgency(@Param("agencyId") long agencyId, @Param("statuses") Collection<RequestStatus> statuses,
                              @Param("today") LocalDate today);

    /** Requests sent on a legal basis that no supervisor has reviewed, of cases of the given ids. */
    @EntityGraph(attributePaths = "agency")
    @Query("select r from InformationRequest r where r.basis = org.consilium.request.RequestBasis.LEGAL_BASIS"
            + " and r.basisReviewedAt is null and r.caseId in :caseIds order by r.sender.sentAt")
    List<InformationRequest> unreviewedBasesOf(@Param("caseIds") Collection<Long> caseIds);

    /** Case ids with a request sent on a legal basis nobody has reviewed. */
    @Query("select distinct r.caseId from InformationRequest r where r.basis = org.consilium.request.RequestBasis.LEGAL_BASIS"
            + " and r.basisReviewedAt is null")
    List<Long> casesWithUnreviewedBasis();

    /** The first requests of recurring series that may still have reports to send. */
    @EntityGraph(attributePaths = "agency")
    @Query("select r from InformationRequest r where r.schedule.repeat <> org.consilium.request.Repeat.NONE"
            + " and r.schedule.seriesId is null and (r.schedule.until is null or r.schedule.until >= :from)")
    List<InformationRequest> recurringSeries(@Param("from") LocalDate from);

    /** The latest report of a series (the first request included). */
    @Query("select r from InformationRequest r where r.id = :firstId or r.schedule.seriesId = :firstId"
            + " order by r.periodFrom desc")
    List<InformationRequest> seriesNewestFirst(@Param("firstId") long firstId);

    boolean existsByScheduleSeriesIdAndPeriodFrom(long seriesId, LocalDate periodFrom);

    /** Open requests past their due date, for the morning check. */
    @Query("select r from InformationRequest r where r.status in (org.consilium.request.RequestStatus.SENT,"
            + " org.consilium.request.RequestStatus.IN_PROGRESS) and r.dueOn < :today order by r.id")
    List<InformationRequest> overdue(@Param("today") LocalDate today);
}
