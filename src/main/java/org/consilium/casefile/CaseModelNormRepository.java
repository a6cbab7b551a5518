package org.consilium.casefile;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseModelNormRepository extends JpaRepository<CaseModelNorm, Long> {

    Optional<CaseModelNorm> findByModel(CaseModel model);
}
