package org.consilium.casefile;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StageTimeLimitRepository extends JpaRepository<StageTimeLimit, Long> {

    Optional<StageTimeLimit> findByStage(CaseStage stage);

    List<StageTimeLimit> findAllByOrderByIdAsc();
}
