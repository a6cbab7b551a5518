package org.consilium.referral;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReferralRepository extends JpaRepository<Referral, Long> {

    /** The triage queue: most urgent first, then the earliest due. */
    @Query(value = """
            select r from Referral r left join fetch r.sourceAgency left join fetch r.family
            where r.status in :statuses and r.urgency in :urgencies and r.sourceType in :sources
            order by r.urgencyRank, r.dueAt
            """, countQuery = """
            select count(r) from Referral r
            where r.status in :statuses and r.urgency in :urgencies and r.sourceType in :sources
            """)
    Page<Referral> queue(@Param("statuses") Collection<ReferralStatus> statuses,
                         @Param("urgencies") Collection<Urgency> urgencies,
                         @Param("sources") Collection<SourceType> sources, Pageable pageable);

    /** An agency's own referrals, newest first. */
    @Query(value = """
            select r from Referral r left join fetch r.sourceAgency
            where r.sourceAgency.id = :agencyId order by r.receivedAt desc
            """, countQuery = "select count(r) from Referral r where r.sourceAgency.id = :agencyId")
    Page<Referral> ofAgency(@Param("agencyId") long agencyId, Pageable pageable);

    @Query("select r.status, count(r) from Referral r where r.sourceAgency.id = :agencyId group by r.status")
    List<Object[]> countByStatusOfAgency(@Param("agencyId") long agencyId);

    @EntityGraph(attributePaths = {"sourceAgency", "family", "reasons"})
    Optional<Referral> findWithDetailsById(Long id);

    long countByStatusIn(Collection<ReferralStatus> statuses);

    /** Referrals still waiting for a response after their response time, for the regular check. */
    @Query("select r from Referral r where r.status in (org.consilium.referral.ReferralStatus.NEW,"
            + " org.consilium.referral.ReferralStatus.VERIFYING, org.consilium.referral.ReferralStatus.VERIFIED)"
            + " and r.dueAt < :now order by r.dueAt")
    List<Referral> overdue(@Param("now") java.time.Instant now);
}
