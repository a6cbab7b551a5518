package org.consilium.account;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @EntityGraph(attributePaths = {"agency", "family", "roles"})
    Optional<UserAccount> findByUsername(String username);

    @EntityGraph(attributePaths = {"agency", "family", "roles"})
    Optional<UserAccount> findWithDetailsById(Long id);

    boolean existsByUsername(String username);

    @Query(value = """
            select u from UserAccount u left join fetch u.agency left join fetch u.family
            where :filter = '' or lower(u.username) like lower(concat('%', :filter, '%'))
               or lower(u.fullName) like lower(concat('%', :filter, '%'))
            """, countQuery = """
            select count(u) from UserAccount u
            where :filter = '' or lower(u.username) like lower(concat('%', :filter, '%'))
               or lower(u.fullName) like lower(concat('%', :filter, '%'))
            """)
    Page<UserAccount> search(@Param("filter") String filter, Pageable pageable);

    @Query("""
            select distinct u from UserAccount u join u.roles r
            where r = :role and u.enabled = true and u.agency.id = :agencyId order by u.fullName
            """)
    List<UserAccount> findActiveWithRoleInAgency(@Param("role") String role, @Param("agencyId") long agencyId);

    @Query("select distinct u from UserAccount u join u.roles r where r = :role and u.enabled = true order by u.fullName")
    List<UserAccount> findActiveWithRole(@Param("role") String role);

    @Query("select u.username from UserAccount u where u.agency.id = :agencyId")
    List<String> usernamesInAgency(@Param("agencyId") long agencyId);

    @Query("select u.username, u.fullName from UserAccount u where u.username in :usernames")
    List<Object[]> fullNamesOf(@Param("usernames") Collection<String> usernames);

    /** The roles of an active account; empty if it is disabled or gone. */
    @Query("select r from UserAccount u join u.roles r where u.username = :username and u.enabled = true")
    Set<String> activeRoles(@Param("username") String username);

    /** Counts a wrong password; does not touch the version, so it never collides with an edit. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update UserAccount u set u.failedSignIns = u.failedSignIns + 1, u.lastFailedSignInAt = :at
            where u.username = :username""")
    int countFailedSignIn(@Param("username") String username, @Param("at") Instant at);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update UserAccount u set u.unseenFailedSignIns = u.unseenFailedSignIns + u.failedSignIns,
                u.unseenFailedSignInAt = case when u.failedSignIns > 0 then u.lastFailedSignInAt else u.unseenFailedSignInAt end,
                u.failedSignIns = 0
            where u.username = :username""")
    int moveFailedSignInsToUnseen(@Param("username") String username);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update UserAccount u set u.unseenFailedSignIns = 0, u.unseenFailedSignInAt = null where u.username = :username")
    int clearUnseenFailedSignIns(@Param("username") String username);

    List<UserAccount> findByAgencyIdAndEnabledTrueOrderByFullNameAsc(long agencyId);

    List<UserAccount> findByFamilyIdAndEnabledTrueOrderByFullNameAsc(long familyId);
}
