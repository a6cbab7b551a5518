package org.consilium.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    /** A case's assessments, the first version first. */
    List<Assessment> findByCaseIdOrderByNumberAsc(long caseId);

    @EntityGraph(attributePaths = "findings")
    @Query("select a from Assessment a where a.id = :id")
    Optional<Assessment> withFindings(long id);

    /** The latest version of each of the given cases. */
    @Query("select a from Assessment a where a.caseId in :caseIds and a.number ="
            + " (select max(b.number) from Assessment b where b.caseId = a.caseId)")
    List<Assessment> latestOf(List<Long> caseIds);
}
