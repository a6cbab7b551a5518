package org.consilium.casefile;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpStepRepository extends JpaRepository<FollowUpStep, Long> {

    List<FollowUpStep> findAllByOrderByStep();

    Optional<FollowUpStep> findByStep(int step);

    /** The schedule's months after closure, first contact first. */
    default List<Integer> months() {
        return findAllByOrderByStep().stream().map(FollowUpStep::getMonths).toList();
    }
}
