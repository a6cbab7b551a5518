package org.consilium.casefile;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FamilyConsentRepository extends JpaRepository<FamilyConsent, Long> {

    @Query("select c from FamilyConsent c where c.family.id = :familyId order by c.signedOn desc, c.id desc")
    List<FamilyConsent> ofFamily(@Param("familyId") long familyId);

    /** The consents of many families with the agency types each covers, in one statement. */
    @Query("select distinct c from FamilyConsent c left join fetch c.agencyTypes where c.family.id in :familyIds")
    List<FamilyConsent> ofFamilies(@Param("familyIds") Collection<Long> familyIds);
}
