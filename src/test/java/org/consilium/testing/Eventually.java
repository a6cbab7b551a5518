package org.consilium.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Waits for what listeners do after a commit, on threads of their own: until a condition holds, or
 * fails the test after a generous time. It never sleeps a fixed time and hopes.
 */
public final class Eventually {

    private static final Duration LONGEST = Duration.ofSeconds(30);

    private Eventually() {
    }

    public static void until(String what, BooleanSupplier condition) {
        long end = System.nanoTime() + LONGEST.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Did not happen in " + LONGEST.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for: " + what);
            }
        }
    }

    /** Until every event published so far has been delivered to all its listeners. */
    public static void allEventsDelivered(JdbcTemplate jdbc) {
        until("every event publication completed",
                () -> jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL", Integer.class) == 0);
    }
}
