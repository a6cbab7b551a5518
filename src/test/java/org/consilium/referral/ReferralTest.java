package org.consilium.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.consilium.base.BusinessException;
import org.consilium.family.Family;
import org.junit.jupiter.api.Test;

class ReferralTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static ReferralDetails fromPerson(Urgency urgency) {
        ReferralDetails d = new ReferralDetails();
        d.setSourceType(SourceType.PERSON);
        d.setSourcePerson("Сусідка, Ольга Петрівна");
        d.setChannel(Channel.PHONE);
        d.setUrgency(urgency);
        d.setPeopleConcerned("Андрій, 12 років; мати Марія");
        d.setDescription("Дитина кілька днів сама вдома, мати не відповідає.");
        d.setReasons(EnumSet.of(ProblemArea.SOCIAL, ProblemArea.PSYCHOLOGICAL));
        return d;
    }

    @Test
    void the_due_time_is_the_time_received_plus_the_response_target() {
        ReferralDetails d = fromPerson(Urgency.URGENT);
        d.setReceivedAt(NOW.minus(Duration.ofHours(5)));
        Referral r = new Referral(d, Duration.ofHours(72), NOW, "intake");
        assertThat(r.getDueAt()).isEqualTo(NOW.minus(Duration.ofHours(5)).plus(Duration.ofHours(72)));
        assertThat(r.getStatus()).isEqualTo(ReferralStatus.NEW);
        assertThat(r.getReasons()).containsExactlyInAnyOrder(ProblemArea.SOCIAL, ProblemArea.PSYCHOLOGICAL);
    }

    @Test
    void without_a_received_time_the_referral_counts_from_now() {
        Referral r = new Referral(fromPerson(Urgency.EMERGENCY), Duration.ofHours(24), NOW, "intake");
        assertThat(r.getReceivedAt()).isEqualTo(NOW);
        assertThat(r.getDueAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
    }

    @Test
    void a_pending_referral_past_its_due_time_is_overdue_an_answered_one_never() {
        Referral r = new Referral(fromPerson(Urgency.EMERGENCY), Duration.ofHours(24), NOW, "intake");
        assertThat(r.isOverdue(NOW.plus(Duration.ofHours(23)))).isFalse();
        assertThat(r.isOverdue(NOW.plus(Duration.ofHours(25)))).isTrue();
        r.startVerification();
        assertThat(r.isOverdue(NOW.plus(Duration.ofHours(25)))).isTrue();
        r.decline("Сім’я вже отримує допомогу в іншому районі", "ЦСС Дніпровського району");
        assertThat(r.isOverdue(NOW.plus(Duration.ofHours(25)))).isFalse();
        assertThat(r.getRedirectedTo()).isEqualTo("ЦСС Дніпровського району");
    }

    @Test
    void a_referral_is_verified_before_it_is_accepted_and_an_answered_one_cannot_change() {
        Referral r = new Referral(fromPerson(Urgency.ROUTINE), Duration.ofDays(10), NOW, "intake");
        Family family = new Family("Коваленко", "");
        assertThatThrownBy(() -> r.accept(family))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessageKey()).isEqualTo("referral.status.illegalMove"));
        r.startVerification();
        assertThatThrownBy(() -> r.accept(family))
                .as("a referral being verified is decided on only once it is verified")
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessageKey()).isEqualTo("referral.status.illegalMove"));
        VerificationDetails checked = new VerificationDetails();
        checked.setOutcome(VerificationOutcome.CONFIRMED);
        checked.setMarkVerified(true);
        r.recordVerification(checked, NOW.atZone(java.time.ZoneOffset.UTC).toLocalDate(), NOW, "intake");
        r.accept(family);
        assertThat(r.getStatus()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThatThrownBy(() -> r.decline("пізно", null)).isInstanceOf(BusinessException.class);
        assertThatThrownBy(r::startVerification).isInstanceOf(BusinessException.class);
    }

    @Test
    void declining_needs_a_reason() {
        Referral r = new Referral(fromPerson(Urgency.ROUTINE), Duration.ofDays(10), NOW, "intake");
        assertThatThrownBy(() -> r.decline("  ", null))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getField()).contains("declineReason"));
        assertThat(r.getStatus()).isEqualTo(ReferralStatus.NEW);
    }

    @Test
    void missing_required_details_are_refused_at_their_field() {
        ReferralDetails noPerson = fromPerson(Urgency.URGENT);
        noPerson.setSourcePerson(" ");
        assertRefusedAt(noPerson, "sourcePerson");
        ReferralDetails noAgency = fromPerson(Urgency.URGENT);
        noAgency.setSourceType(SourceType.AGENCY);
        assertRefusedAt(noAgency, "sourceAgency");
        ReferralDetails noUrgency = fromPerson(null);
        assertRefusedAt(noUrgency, "urgency");
        ReferralDetails noDescription = fromPerson(Urgency.URGENT);
        noDescription.setDescription("");
        assertRefusedAt(noDescription, "description");
        ReferralDetails future = fromPerson(Urgency.URGENT);
        future.setReceivedAt(NOW.plus(Duration.ofDays(1)));
        assertRefusedAt(future, "receivedAt");
    }

    private static void assertRefusedAt(ReferralDetails d, String field) {
        assertThatThrownBy(() -> new Referral(d, Duration.ofHours(1), NOW, "intake"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getField()).contains(field));
    }
}
