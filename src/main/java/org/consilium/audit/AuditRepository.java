package org.consilium.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.consilium.base.AuditEvent;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditRepository extends JpaRepository<AuditEntry, Long> {

    @Query("""
            select e from AuditEntry e
            where (:everything = true or e.username in :staff
                   or e.familyId in (select t.familyId from AuditFamilyTeam t where t.teamId = :teamId))
              and (:user = '' or lower(e.username) like concat('%', lower(:user), '%'))
              and (:family = '' or lower(e.familyLabel) like concat('%', lower(:family), '%'))
              and (:action is null or e.action = :action)
              and (:from is null or e.at >= :from)
              and (:to is null or e.at < :to)
            """)
    Page<AuditEntry> search(@Param("everything") boolean everything, @Param("staff") Collection<String> staff,
                            @Param("teamId") Long teamId, @Param("user") String user, @Param("family") String family,
                            @Param("action") AuditEvent.Action action,
                            @Param("from") Instant from, @Param("to") Instant to, Pageable pageable);

    @Query("select e from AuditEntry e where e.caseId = :caseId and e.action = org.consilium.base.AuditEvent.Action.VIEW order by e.at desc, e.id desc")
    List<AuditEntry> viewsOfCase(@Param("caseId") long caseId, Pageable pageable);
}
