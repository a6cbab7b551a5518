package org.consilium.testing;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Moves a meeting, scheduled ahead as users do (a meeting cannot be scheduled in the past), to a time
 * under way: who came and what was decided are recorded only once a meeting has begun.
 */
public final class MeetingTimes {

    private MeetingTimes() {
    }

    /** The meeting began {@code ago} before {@code now} and ends half an hour after it. */
    public static void underWay(JdbcTemplate jdbc, long meetingId, Instant now, Duration ago) {
        jdbc.update("UPDATE meeting SET starts_at = ?, ends_at = ? WHERE id = ?", Timestamp.from(now.minus(ago)),
                Timestamp.from(now.plus(Duration.ofMinutes(30))), meetingId);
    }
}
