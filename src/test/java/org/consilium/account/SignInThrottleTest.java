package org.consilium.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static Duration pause(int failures) {
        return SignInThrottle.pause(failures, 5, Duration.ofSeconds(30), Duration.ofMinutes(15)).orElse(Duration.ZERO);
    }

    @Test
    void no_pause_before_the_set_number_of_wrong_passwords_then_it_doubles_up_to_the_longest() {
        assertThat(pause(1)).isZero();
        assertThat(pause(4)).isZero();
        assertThat(pause(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(pause(6)).isEqualTo(Duration.ofMinutes(1));
        assertThat(pause(9)).isEqualTo(Duration.ofMinutes(8));
        assertThat(pause(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(pause(10_000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void a_typed_name_counts_as_an_account_name_is_compared_and_is_cut_to_a_sane_length() {
        assertThat(SignInThrottle.nameKey("  Curator ")).isEqualTo("curator");
        assertThat(SignInThrottle.nameKey("x".repeat(5000))).hasSize(SignInThrottle.PART_MAX);
        assertThat(SignInThrottle.nameKey(null)).isEmpty();
    }
}
