package org.consilium.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.consilium.base.BusinessException;
import org.junit.jupiter.api.Test;

/** The life of an emergency override: in force until its end, renewed while in force, withdrawn once. */
class EmergencyOverrideTest {

    private static final Duration HOLDS = Duration.ofHours(72);
    private static final Instant GRANTED = Instant.parse("2025-03-10T09:00:00Z");
    private static final String REASON = "Дитина повідомила про насильство вдома сьогодні";
    private static final String STILL = "Інспектор ще не бачив дітей, перевірка триває";

    private static EmergencyOverride granted() {
        return EmergencyOverride.grant(null, null, REASON, GRANTED, HOLDS, "curator");
    }

    @Test
    void an_override_holds_from_its_grant_until_the_configured_time_after_it_and_not_a_moment_longer() {
        EmergencyOverride o = granted();
        assertThat(o.getExpiresAt()).isEqualTo(GRANTED.plus(HOLDS));
        assertThat(o.isInForce(GRANTED)).isTrue();
        assertThat(o.isInForce(GRANTED.plus(HOLDS).minusMillis(1))).isTrue();
        assertThat(o.isInForce(GRANTED.plus(HOLDS))).isFalse();
        assertThat(o.isInForce(GRANTED.plus(HOLDS).plusSeconds(3600))).isFalse();
    }

    @Test
    void a_withdrawn_override_no_longer_holds_although_its_end_is_still_ahead() {
        EmergencyOverride o = granted();
        Instant at = GRANTED.plus(Duration.ofHours(5));
        o.withdraw(at, "supervisor");
        assertThat(o.isInForce(at)).isFalse();
        assertThat(o.isInForce(GRANTED.plus(Duration.ofHours(6)))).isFalse();
        assertThat(o.getWithdrawnAt()).isEqualTo(at);
        assertThat(o.getWithdrawnBy()).isEqualTo("supervisor");
        assertThat(o.getExpiresAt()).isEqualTo(GRANTED.plus(HOLDS));
    }

    @Test
    void a_renewal_moves_the_end_to_the_configured_time_from_now_and_is_kept_with_its_reason() {
        EmergencyOverride o = granted();
        Instant at = GRANTED.plus(Duration.ofHours(60));
        o.renew("  " + STILL + "  ", at, HOLDS, "supervisor");
        assertThat(o.getExpiresAt()).isEqualTo(at.plus(HOLDS));
        assertThat(o.isInForce(GRANTED.plus(HOLDS).plusSeconds(3600))).isTrue();
        assertThat(o.getRenewals()).singleElement().satisfies(r -> {
            assertThat(r.getRenewedAt()).isEqualTo(at);
            assertThat(r.getRenewedBy()).isEqualTo("supervisor");
            assertThat(r.getReason()).isEqualTo(STILL);
            assertThat(r.getExpiresAt()).isEqualTo(at.plus(HOLDS));
        });

        Instant later = at.plus(Duration.ofHours(70));
        o.renew(STILL + " ще", later, HOLDS, "curator");
        assertThat(o.getRenewals()).extracting(OverrideRenewal::getRenewedBy).containsExactly("supervisor", "curator");
        assertThat(o.getExpiresAt()).isEqualTo(later.plus(HOLDS));
    }

    @Test
    void a_renewal_waits_for_a_supervisors_review_again() {
        EmergencyOverride o = granted();
        o.review(GRANTED.plusSeconds(60), "supervisor");
        o.renew(STILL, GRANTED.plusSeconds(120), HOLDS, "curator");
        assertThat(o.getReviewedAt()).isNull();
        assertThat(o.getReviewedBy()).isNull();
    }

    @Test
    void an_override_past_its_end_cannot_be_renewed() {
        EmergencyOverride o = granted();
        assertThatThrownBy(() -> o.renew(STILL, GRANTED.plus(HOLDS), HOLDS, "curator"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessageKey()).isEqualTo("sharing.override.ended"));
        assertThat(o.getRenewals()).isEmpty();
        assertThat(o.getExpiresAt()).isEqualTo(GRANTED.plus(HOLDS));
    }

    @Test
    void a_withdrawn_override_cannot_be_renewed() {
        EmergencyOverride o = granted();
        o.withdraw(GRANTED.plusSeconds(60), "curator");
        assertThatThrownBy(() -> o.renew(STILL, GRANTED.plusSeconds(120), HOLDS, "curator"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessageKey()).isEqualTo("sharing.override.ended"));
        assertThat(o.getRenewals()).isEmpty();
    }

    @Test
    void a_renewal_needs_a_written_reason_as_long_as_a_grant_does() {
        EmergencyOverride o = granted();
        String tooShort = "x".repeat(EmergencyOverride.REASON_MIN - 1);
        for (String reason : new String[] {null, "", "   " + tooShort + "   "}) {
            assertThatThrownBy(() -> o.renew(reason, GRANTED.plusSeconds(60), HOLDS, "curator")).as(String.valueOf(reason))
                    .isInstanceOfSatisfying(BusinessException.class, e -> {
                        assertThat(e.getField()).contains("reason");
                        assertThat(e.getMessageKey()).isEqualTo("sharing.override.renewalReasonTooShort");
                        assertThat(e.getArguments()).containsExactly(EmergencyOverride.REASON_MIN);
                    });
        }
        assertThatThrownBy(() -> o.renew("x".repeat(EmergencyOverride.REASON_MAX + 1), GRANTED.plusSeconds(60), HOLDS, "curator"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getField()).contains("reason"));
        assertThat(o.getRenewals()).isEmpty();
        assertThat(o.getExpiresAt()).isEqualTo(GRANTED.plus(HOLDS));

        o.renew("x".repeat(EmergencyOverride.REASON_MIN), GRANTED.plusSeconds(60), HOLDS, "curator");
        assertThat(o.getRenewals()).hasSize(1);
    }

    @Test
    void an_override_is_withdrawn_only_once() {
        EmergencyOverride o = granted();
        o.withdraw(GRANTED.plusSeconds(60), "curator");
        assertThatThrownBy(() -> o.withdraw(GRANTED.plusSeconds(120), "supervisor"))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("sharing.override.alreadyWithdrawn"));
        assertThat(o.getWithdrawnAt()).isEqualTo(GRANTED.plusSeconds(60));
        assertThat(o.getWithdrawnBy()).isEqualTo("curator");
    }

    @Test
    void an_override_that_has_already_ended_cannot_be_withdrawn() {
        EmergencyOverride o = granted();
        assertThatThrownBy(() -> o.withdraw(GRANTED.plus(HOLDS).plusSeconds(1), "curator"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessageKey()).isEqualTo("sharing.override.ended"));
        assertThat(o.getWithdrawnAt()).isNull();
    }

    @Test
    void a_grant_still_needs_its_own_written_reason() {
        assertThatThrownBy(() -> EmergencyOverride.grant(null, null, "терміново", GRANTED, HOLDS, "curator"))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getField()).contains("reason");
                    assertThat(e.getMessageKey()).isEqualTo("sharing.override.reasonTooShort");
                });
    }
}
