package org.consilium.casefile;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseRepository extends JpaRepository<FamilyCase, Long> {

    @Query("select c from FamilyCase c where c.family.id = :familyId and c.open = true")
    Optional<FamilyCase> findOpenOfFamily(@Param("familyId") long familyId);

    @Query("select count(c) from FamilyCase c where c.curator.id = :curatorId and c.open = true")
    long countOpenOfCurator(@Param("curatorId") long curatorId);

    @EntityGraph(attributePaths = {"family", "curator", "agency"})
    Optional<FamilyCase> findWithPartiesById(Long id);
}
