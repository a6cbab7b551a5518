package org.consilium.meeting;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarFeedTokenRepository extends JpaRepository<CalendarFeedToken, Long> {

    Optional<CalendarFeedToken> findByUserId(long userId);

    Optional<CalendarFeedToken> findByTokenHash(String tokenHash);
}
