package org.consilium.monitoring;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContactRepository extends JpaRepository<Contact, Long> {

    @Query("select c from Contact c where c.caseId = :caseId order by c.contactedOn desc, c.id desc")
    List<Contact> ofCase(@Param("caseId") long caseId);
}
