package org.consilium.casefile;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseModelNormRepository extends JpaRepository<CaseModelNorm, Long> {

    Optional<CaseModelNorm> findByModel(CaseModel model);

    /** The caseload norm of a model: the administrator's, or the methodology's until one is set. */
    default int normOf(CaseModel model) {
        return findByModel(model).map(CaseModelNorm::getCaseloadNorm).orElse(model.defaultNorm());
    }
}
