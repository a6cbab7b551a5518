package org.consilium.casefile;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EmergencyOverrideRepository extends JpaRepository<EmergencyOverride, Long> {

    @Query("select o from EmergencyOverride o join fetch o.agency where o.familyCase.id = :caseId order by o.grantedAt desc")
    List<EmergencyOverride> ofCase(@Param("caseId") long caseId);

    @Query("select o from EmergencyOverride o join fetch o.agency where o.familyCase.id in :caseIds")
    List<EmergencyOverride> ofCases(@Param("caseIds") Collection<Long> caseIds);

    @Query("select o from EmergencyOverride o join fetch o.familyCase c join fetch c.family where c.agency.id = :agencyId and o.reviewedAt is null order by o.grantedAt")
    List<EmergencyOverride> unreviewedOfTeam(@Param("agencyId") long agencyId);
}
