package org.consilium.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementRepository extends JpaRepository<CooperationAgreement, Long> {

    /** A case's agreements, the latest first. */
    List<CooperationAgreement> findByCaseIdOrderByNumberDesc(long caseId);
}
