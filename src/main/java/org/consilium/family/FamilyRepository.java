package org.consilium.family;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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

    /** The families with a member whose full or last name contains the words (as name keys). */
    @Query("""
            select distinct m.family.id from FamilyMember m
            where m.fullNameKey like concat('%', :nameKey, '%') or m.lastNameKey like concat('%', :nameKey, '%')
            """)
    List<Long> idsWithMemberNamed(@Param("nameKey") String nameKey);

    /** Families where a member's name, a member's birth date or the address matches. */
    @Query(value = """
            select f from Family f where f.id in (
                select m.family.id from FamilyMember m
                where (:nameKey <> '' and m.fullNameKey like concat('%', :nameKey, '%'))
                   or (:nameKey <> '' and m.lastNameKey like concat('%', :nameKey, '%'))
                   or m.birthDate = :birthDate)
               or (:addressKey <> '' and f.addressKey like concat('%', :addressKey, '%'))
               or (:nameKey = '' and :addressKey = '' and :birthDate is null)
            """, countQuery = """
            select count(f) from Family f where f.id in (
                select m.family.id from FamilyMember m
                where (:nameKey <> '' and m.fullNameKey like concat('%', :nameKey, '%'))
                   or (:nameKey <> '' and m.lastNameKey like concat('%', :nameKey, '%'))
                   or m.birthDate = :birthDate)
               or (:addressKey <> '' and f.addressKey like concat('%', :addressKey, '%'))
               or (:nameKey = '' and :addressKey = '' and :birthDate is null)
            """)
    Page<Family> search(@Param("nameKey") String nameKey, @Param("addressKey") String addressKey,
                        @Param("birthDate") LocalDate birthDate, Pageable pageable);
}
