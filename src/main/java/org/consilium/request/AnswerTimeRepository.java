package org.consilium.request;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnswerTimeRepository extends JpaRepository<AnswerTime, Long> {

    Optional<AnswerTime> findByKind(RequestKind kind);
}
