package org.consilium.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.consilium.testing.MariaDbTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Many people signing in at the same moment from one address, as a school's or a clinic's staff do
 * behind their one public address: their counts share the address's row, and once ended sign-ins with
 * a deadlock (an error page) when the counts of long ago were deleted at each sign-in (decision 0037).
 */
@MariaDbTest
class SignInAtOnceTest {

    private static final List<String> STAFF = List.of("intake", "curator", "curator2", "supervisor", "school", "police",
            "health", "admin");

    @Autowired
    ThrottledSignIn signIn;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eight_people_signing_in_again_and_again_at_once_from_one_address_all_get_in() throws Exception {
        CyclicBarrier together = new CyclicBarrier(STAFF.size());
        List<Future<Integer>> signedIn = new ArrayList<>();
        try (ExecutorService office = Executors.newFixedThreadPool(STAFF.size())) {
            for (String name : STAFF) {
                signedIn.add(office.submit(() -> {
                    int in = 0;
                    for (int round = 0; round < 5; round++) {
                        together.await(1, TimeUnit.MINUTES);
                        UsernamePasswordAuthenticationToken typed = UsernamePasswordAuthenticationToken.unauthenticated(name, "demo1234");
                        typed.setDetails(new WebAuthenticationDetails("10.20.30.40", null));
                        Authentication result = signIn.authenticate(typed);
                        in += result.isAuthenticated() ? 1 : 0;
                    }
                    return in;
                }));
            }
            for (Future<Integer> f : signedIn) {
                assertThat(f.get(5, TimeUnit.MINUTES)).isEqualTo(5);
            }
        }
    }

    @Test
    void counts_and_places_of_long_ago_are_forgotten_at_night_and_recent_ones_kept() {
        Instant now = Instant.now();
        Timestamp longAgo = Timestamp.from(now.minus(Duration.ofDays(40)));
        Timestamp lately = Timestamp.from(now.minus(Duration.ofMinutes(5)));
        jdbc.update("INSERT INTO sign_in_attempt (subject, failures, last_failure_at) VALUES ('n:forget-old', 3, ?), ('n:keep-new', 2, ?)",
                longAgo, lately);
        jdbc.update("INSERT INTO sign_in_place (subject, last_success_at) VALUES ('forget-old|10.0.0.1', ?), ('keep-new|10.0.0.1', ?)",
                longAgo, lately);

        throttle.forgetOldCounts();

        assertThat(jdbc.queryForList("SELECT subject FROM sign_in_attempt WHERE subject IN ('n:forget-old', 'n:keep-new')", String.class))
                .containsExactly("n:keep-new");
        assertThat(jdbc.queryForList("SELECT subject FROM sign_in_place WHERE subject IN ('forget-old|10.0.0.1', 'keep-new|10.0.0.1')",
                String.class)).containsExactly("keep-new|10.0.0.1");
        jdbc.update("DELETE FROM sign_in_attempt WHERE subject = 'n:keep-new'");
        jdbc.update("DELETE FROM sign_in_place WHERE subject = 'keep-new|10.0.0.1'");
    }
}
