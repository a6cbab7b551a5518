package org.consilium.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HousingActRepository extends JpaRepository<HousingAct, Long> {

    /** A case's acts, the latest inspection first (and of one day, the latest recorded first). */
    List<HousingAct> findByCaseIdOrderByInspectedOnDescIdDesc(long caseId);
}
