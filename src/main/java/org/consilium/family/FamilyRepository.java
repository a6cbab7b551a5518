package org.consilium.family;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FamilyRepository extends JpaRepository<Family, Long> {

    List<Family> findAllByOrderByNameAsc();

    /** Families with a child of this name key born on this day. */
    @Query("""
            select distinct m.family from FamilyMember m
            where m.fullNameKey = :fullNameKey and m.birthDate = :birthDate and m.relation in :relations
            """)
    List<Family> findWithChild(@Param("fullNameKey") String fullNameKey, @Param("birthDate") LocalDate birthDate,
                               @Param("relations") Collection<Relation> relations);

    List<Family> findByAddressKey(String addressKey);
}
