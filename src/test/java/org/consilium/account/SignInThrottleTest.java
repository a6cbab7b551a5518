package org.consilium.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static Duration pause(int attempts) {
        return SignInThrottle.pause(attempts, 5, Duration.ofSeconds(30), Duration.ofMinutes(15)).orElse(Duration.ZERO);
    }

    @Test
    void no_pause_before_the_set_number_of_attempts_then_it_doubles_up_to_the_longest() {
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

    @Test
    void an_ipv6_client_counts_as_its_whole_network_and_other_addresses_as_they_are() {
        assertThat(SignInThrottle.addressKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))
                .isEqualTo(SignInThrottle.addressKey("2001:db8:1:2::1"))
                .isEqualTo("20010db800010002::/64");
        assertThat(SignInThrottle.addressKey("2001:db8:1:3::1")).isNotEqualTo(SignInThrottle.addressKey("2001:db8:1:2::1"));
        assertThat(SignInThrottle.addressKey("fe80::1%eth0")).isEqualTo("fe80000000000000::/64");
        assertThat(SignInThrottle.addressKey("::ffff:10.1.2.3")).isEqualTo("10.1.2.3");
        assertThat(SignInThrottle.addressKey("10.1.2.3")).isEqualTo("10.1.2.3");
        assertThat(SignInThrottle.addressKey(null)).isEqualTo("unknown");
    }
}
