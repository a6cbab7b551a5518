package org.consilium.referral;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResponseTargetRepository extends JpaRepository<ResponseTarget, Long> {

    Optional<ResponseTarget> findByUrgency(Urgency urgency);

    List<ResponseTarget> findAllByOrderByHoursAsc();
}
