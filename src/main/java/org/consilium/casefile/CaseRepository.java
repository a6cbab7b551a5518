package org.consilium.casefile;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.consilium.account.UserAccount;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseRepository extends JpaRepository<FamilyCase, Long> {

    @Query("select c.id from FamilyCase c where c.family.id = :familyId order by c.openedAt desc, c.id desc")
    List<Long> findLatestOfFamily(@Param("familyId") long familyId, Pageable page);

    @Query("select c from FamilyCase c where c.family.id = :familyId and c.open = true")
    Optional<FamilyCase> findOpenOfFamily(@Param("familyId") long familyId);

    @Query("select count(c) from FamilyCase c where c.curator.id = :curatorId and c.open = true")
    long countOpenOfCurator(@Param("curatorId") long curatorId);

    @Query("""
            select new org.consilium.casefile.DueCase(c.id, f.name, c.stage, c.stageDueOn)
            from FamilyCase c join c.family f
            where c.curator.id = :curatorId and c.stageDueOn < :today
            order by c.stageDueOn, c.id
            """)
    List<DueCase> overdueOfCurator(@Param("curatorId") long curatorId, @Param("today") LocalDate today,
                                             Pageable pageable);

    /** The team's open cases whose curator can no longer work them: the account is off, or moved to another team. */
    @Query("""
            select new org.consilium.casefile.DueCase(c.id, f.name, c.stage, c.stageDueOn)
            from FamilyCase c join c.family f join c.curator u left join u.agency a
            where c.agency.id = :agencyId and c.open = true and (u.enabled = false or a is null or a.id <> :agencyId)
            order by c.id
            """)
    List<DueCase> withoutWorkingCurator(@Param("agencyId") long agencyId, Pageable pageable);

    @Query("select count(c) from FamilyCase c where c.curator.id = :curatorId and c.stageDueOn < :today")
    long countOverdueOfCurator(@Param("curatorId") long curatorId, @Param("today") LocalDate today);

    @Query("select count(c) from FamilyCase c where c.agency.id = :agencyId and c.stageDueOn < :today")
    long countOverdueOfAgency(@Param("agencyId") long agencyId, @Param("today") LocalDate today);

    /** Everyone who curates or curated a case of the team, read through the index of its cases by curator (V38). */
    @Query("""
            select new org.consilium.casefile.CuratorName(u.id, u.fullName) from UserAccount u
            where u.id in (select c.curator.id from FamilyCase c where c.agency.id = :agencyId)
            order by u.fullName, u.id""")
    List<CuratorName> curatorsOfAgency(@Param("agencyId") long agencyId);

    /** The districts of the team's families, read through the index of its cases by district (V38). */
    @Query("""
            select distinct c.familyDistrict from FamilyCase c
            where c.agency.id = :agencyId and c.familyDistrict <> '' order by c.familyDistrict""")
    List<String> districtsOfAgency(@Param("agencyId") long agencyId);

    @Query("select c.curator.id, c.model, count(c) from FamilyCase c where c.agency.id = :agencyId and c.open = true group by c.curator.id, c.model")
    List<Object[]> openByCuratorAndModel(@Param("agencyId") long agencyId);

    @Query("select c.stage, count(c) from FamilyCase c where c.curator.id = :curatorId and c.open = true group by c.stage")
    List<Object[]> openByStageOfCurator(@Param("curatorId") long curatorId);

    @EntityGraph(attributePaths = {"family", "curator", "agency"})
    Optional<FamilyCase> findWithPartiesById(Long id);

    @Query("select distinct c from FamilyCase c join fetch c.family join fetch c.curator join fetch c.agency left join fetch c.participants where c.id in :ids")
    List<FamilyCase> withPartiesAndParticipants(@Param("ids") Collection<Long> ids);

    @Query("select distinct c from FamilyCase c join c.participants p join fetch c.family join fetch c.curator join fetch c.agency where p.agency.id = :agencyId and c.open = true order by c.openedAt desc")
    List<FamilyCase> withParticipant(@Param("agencyId") long agencyId);

    @Query("select c from FamilyCase c join fetch c.curator where c.agency.id = :agencyId and c.family.id in :familyIds order by c.openedAt, c.id")
    List<FamilyCase> ofFamilies(@Param("agencyId") long agencyId, @Param("familyIds") Collection<Long> familyIds);

    /**
     * Cases whose stage's work is due by {@code today}: open ones, and closed ones whose follow-up contact
     * is due (in follow-up, or just closed and due by the first contact).
     */
    @Query("""
            select c from FamilyCase c join fetch c.family join fetch c.curator join fetch c.agency
            where c.stageDueOn is not null and c.stageDueOn <= :today
              and (c.open = true or c.stage = org.consilium.casefile.CaseStage.FOLLOW_UP
                   or c.stage = org.consilium.casefile.CaseStage.CLOSURE)
            order by c.id""")
    List<FamilyCase> dueBy(@Param("today") LocalDate today);

    /** The follow-up contacts of a curator's closed cases that are planned by {@code until}, the earliest first. */
    @Query("""
            select new org.consilium.casefile.DueCase(c.id, f.name, c.stage, u.dueOn)
            from FollowUp u join u.familyCase c join c.family f
            where c.curator.id = :curatorId and u.status = org.consilium.casefile.FollowUp.Status.PLANNED
              and u.dueOn <= :until
            order by u.dueOn, c.id
            """)
    List<DueCase> followUpsDueOfCurator(@Param("curatorId") long curatorId, @Param("until") LocalDate until,
                                        Pageable page);

    /** The copy of a curator's name that the case list sorts by follows a renamed account. */
    @Modifying
    @Query("update FamilyCase c set c.curatorName = :fullName where c.curator.id = :curatorId")
    int renameCurator(@Param("curatorId") long curatorId, @Param("fullName") String fullName);
}
