package org.consilium.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.consilium.base.BusinessException;

/** The rules of recording what intake checked while verifying a referral. */
class VerificationTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    private static Referral referral() {
        ReferralDetails d = new ReferralDetails();
        d.setSourceType(SourceType.PERSON);
        d.setSourcePerson("Сусідка");
        d.setChannel(Channel.PHONE);
        d.setUrgency(Urgency.URGENT);
        d.setPeopleConcerned("Андрій, 12 років");
        d.setDescription("Дитина кілька днів сама вдома.");
        return new Referral(d, Duration.ofHours(72), NOW.minus(Duration.ofDays(1)), "intake");
    }

    private static Referral beingVerified() {
        Referral r = referral();
        r.startVerification();
        return r;
    }

    private static VerificationDetails checked(FamilyContact contact, LocalDate on, VerificationOutcome outcome) {
        VerificationDetails d = new VerificationDetails();
        d.setSources("школа №12, дільничний інспектор");
        d.setFamilyContact(contact);
        d.setContactedOn(on);
        d.setOutcome(outcome);
        d.setNote("Мати підтвердила по телефону.");
        return d;
    }

    private static void refusedAt(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.getField()).contains(field);
            assertThat(e.getMessageKey()).isEqualTo(key);
        });
    }

    @Test
    void what_was_checked_is_kept_while_the_referral_is_still_being_verified_without_an_outcome() {
        Referral r = beingVerified();
        r.recordVerification(checked(FamilyContact.NOT_REACHED, null, null), TODAY, NOW, "intake");

        assertThat(r.getStatus()).isEqualTo(ReferralStatus.VERIFYING);
        Verification v = r.getVerification().orElseThrow();
        assertThat(v.getSources()).isEqualTo("школа №12, дільничний інспектор");
        assertThat(v.getFamilyContact()).isEqualTo(FamilyContact.NOT_REACHED);
        assertThat(v.getOutcome()).isNull();
        assertThat(v.getVerifiedAt()).isNull();
        assertThat(v.getVerifiedBy()).isNull();
    }

    @Test
    void marking_a_referral_verified_needs_the_outcome_and_keeps_who_did_it_and_when() {
        Referral r = beingVerified();
        r.recordVerification(checked(FamilyContact.NOT_TRIED, null, null), TODAY, NOW, "intake");
        VerificationDetails noOutcome = checked(FamilyContact.REACHED, TODAY, null);
        noOutcome.setMarkVerified(true);

        refusedAt(() -> r.recordVerification(noOutcome, TODAY, NOW, "intake"), VerificationDetails.OUTCOME,
                "referral.verification.outcome.required");
        assertThat(r.getStatus()).isEqualTo(ReferralStatus.VERIFYING);
        assertThat(r.getVerification().orElseThrow().getFamilyContact()).as("nothing of the refused save is kept")
                .isEqualTo(FamilyContact.NOT_TRIED);

        noOutcome.setOutcome(VerificationOutcome.PARTLY_CONFIRMED);
        r.recordVerification(noOutcome, TODAY, NOW, "intake");
        assertThat(r.getStatus()).isEqualTo(ReferralStatus.VERIFIED);
        assertThat(r.getVerification().orElseThrow()).satisfies(v -> {
            assertThat(v.getOutcome()).isEqualTo(VerificationOutcome.PARTLY_CONFIRMED);
            assertThat(v.getContactedOn()).isEqualTo(TODAY);
            assertThat(v.getVerifiedAt()).isEqualTo(NOW);
            assertThat(v.getVerifiedBy()).isEqualTo("intake");
        });
    }

    @Test
    void a_verified_referral_may_be_corrected_but_keeps_its_outcome_and_who_verified_it() {
        Referral r = beingVerified();
        VerificationDetails done = checked(FamilyContact.REACHED, TODAY.minusDays(1), VerificationOutcome.CONFIRMED);
        done.setMarkVerified(true);
        r.recordVerification(done, TODAY, NOW, "intake");

        VerificationDetails corrected = checked(FamilyContact.REACHED, TODAY.minusDays(2), null);
        refusedAt(() -> r.recordVerification(corrected, TODAY, NOW.plusSeconds(60), "supervisor"), VerificationDetails.OUTCOME,
                "referral.verification.outcome.required");
        corrected.setOutcome(VerificationOutcome.NOT_CONFIRMED);
        r.recordVerification(corrected, TODAY, NOW.plusSeconds(60), "supervisor");

        assertThat(r.getStatus()).isEqualTo(ReferralStatus.VERIFIED);
        assertThat(r.getVerification().orElseThrow()).satisfies(v -> {
            assertThat(v.getOutcome()).isEqualTo(VerificationOutcome.NOT_CONFIRMED);
            assertThat(v.getContactedOn()).isEqualTo(TODAY.minusDays(2));
            assertThat(v.getVerifiedAt()).isEqualTo(NOW);
            assertThat(v.getVerifiedBy()).isEqualTo("intake");
        });
    }

    @Test
    void a_reached_family_needs_a_day_of_contact_not_in_the_future_and_today_is_fine() {
        Referral r = beingVerified();
        refusedAt(() -> r.recordVerification(checked(FamilyContact.REACHED, null, null), TODAY, NOW, "intake"),
                VerificationDetails.CONTACTED_ON, "referral.verification.contactedOn.required");
        refusedAt(() -> r.recordVerification(checked(FamilyContact.REACHED, TODAY.plusDays(1), null), TODAY, NOW, "intake"),
                VerificationDetails.CONTACTED_ON, "referral.verification.contactedOn.future");
        assertThat(r.getVerification()).isEmpty();

        r.recordVerification(checked(FamilyContact.REACHED, TODAY, null), TODAY, NOW, "intake");
        assertThat(r.getVerification().orElseThrow().getContactedOn()).isEqualTo(TODAY);
    }

    @Test
    void a_day_of_contact_with_a_family_not_reached_is_refused_at_the_day() {
        Referral r = beingVerified();
        refusedAt(() -> r.recordVerification(checked(FamilyContact.NOT_REACHED, TODAY, null), TODAY, NOW, "intake"),
                VerificationDetails.CONTACTED_ON, "referral.verification.contactedOn.notReached");
        refusedAt(() -> r.recordVerification(checked(FamilyContact.NOT_TRIED, TODAY.minusDays(3), null), TODAY, NOW, "intake"),
                VerificationDetails.CONTACTED_ON, "referral.verification.contactedOn.notReached");
        assertThat(r.getVerification()).isEmpty();
    }

    @Test
    void the_family_contact_is_required_and_texts_have_their_limits() {
        Referral r = beingVerified();
        refusedAt(() -> r.recordVerification(checked(null, null, null), TODAY, NOW, "intake"),
                VerificationDetails.FAMILY_CONTACT, "validation.required");
        VerificationDetails longSources = checked(FamilyContact.NOT_TRIED, null, null);
        longSources.setSources("ш".repeat(Verification.SOURCES_MAX + 1));
        refusedAt(() -> r.recordVerification(longSources, TODAY, NOW, "intake"), VerificationDetails.SOURCES, "validation.maxLength");
        VerificationDetails longNote = checked(FamilyContact.NOT_TRIED, null, null);
        longNote.setNote("н".repeat(Verification.NOTE_MAX + 1));
        refusedAt(() -> r.recordVerification(longNote, TODAY, NOW, "intake"), VerificationDetails.NOTE, "validation.maxLength");
    }

    @Test
    void nothing_is_recorded_before_verification_starts_or_after_the_referral_is_answered() {
        Referral fresh = referral();
        assertThatThrownBy(() -> fresh.recordVerification(checked(FamilyContact.NOT_TRIED, null, null), TODAY, NOW, "intake"))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("referral.verification.notStarted"));

        Referral declined = beingVerified();
        declined.decline("Сім’я вже отримує допомогу", null);
        assertThatThrownBy(() -> declined.recordVerification(checked(FamilyContact.NOT_TRIED, null, null), TODAY, NOW, "intake"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessageKey()).isEqualTo("referral.closed"));
        assertThat(declined.getVerification()).isEmpty();
    }

    @Test
    void only_a_verified_referral_is_decided_on() {
        assertThat(ReferralStatus.VERIFYING.allowedMoves()).containsExactlyInAnyOrder(ReferralStatus.VERIFIED, ReferralStatus.DECLINED);
        assertThat(ReferralStatus.VERIFIED.allowedMoves()).containsExactlyInAnyOrder(ReferralStatus.ACCEPTED, ReferralStatus.DECLINED);
        assertThat(ReferralStatus.VERIFIED.isPending()).as("a verified referral still waits for an answer").isTrue();
    }
}
